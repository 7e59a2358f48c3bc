package io.covet.relations.metadata;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;

/**
 * Makes new instances of a model through its no-argument constructor. Where the JVM allows it, the constructor is
 * bound to a generated {@link Supplier}, which the JIT compiles to a plain {@code new}: reading a row creates one or
 * more instances, so reflective construction was a measurable part of every read. A model class the library's
 * lookup cannot reach that way (another class loader's module, for example) is constructed reflectively instead.
 *
 * @param <T> the model class
 */
final class Instantiator<T> {

	/** Passed explicitly: varargs would allocate an empty array per call. */
	private static final Object[] NO_ARGUMENTS = {};

	private final Supplier<T> generated;

	private final Constructor<T> constructor;

	private Instantiator(Supplier<T> generated, Constructor<T> constructor) {
		this.generated = generated;
		this.constructor = constructor;
	}

	/** An instantiator for the (accessible) no-argument constructor. */
	static <T> Instantiator<T> of(Constructor<T> constructor) {
		return new Instantiator<>(generated(constructor), constructor);
	}

	/** An instantiator that always uses reflection, as for a class the lookup cannot reach. */
	static <T> Instantiator<T> reflective(Constructor<T> constructor) {
		return new Instantiator<>(null, constructor);
	}

	@SuppressWarnings("unchecked")
	private static <T> Supplier<T> generated(Constructor<T> constructor) {
		try {
			MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(constructor.getDeclaringClass(), MethodHandles.lookup());
			MethodHandle handle = lookup.unreflectConstructor(constructor);
			CallSite site = LambdaMetafactory.metafactory(lookup, "get", MethodType.methodType(Supplier.class),
					MethodType.methodType(Object.class), handle, handle.type());
			return (Supplier<T>) site.getTarget().invokeExact();
		}
		catch (VirtualMachineError ex) {
			// Out of memory or stack: nothing to fall back from.
			throw ex;
		}
		catch (Throwable ex) {
			// Not reachable through a lookup with full privileges (IllegalAccessException, LambdaConversionException,
			// or an IllegalAccessError when linking the generated class): reflection still works.
			return null;
		}
	}

	/** Whether instances come from a generated supplier rather than reflection (for tests). */
	boolean isGenerated() {
		return this.generated != null;
	}

	/** A new instance; a constructor that throws is reported as an {@link IllegalStateException}. */
	T newInstance() {
		if (this.generated != null) {
			try {
				return this.generated.get();
			}
			catch (RuntimeException | Error ex) {
				throw new IllegalStateException(failure(), ex);
			}
		}
		try {
			return this.constructor.newInstance(NO_ARGUMENTS);
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException(failure(), ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String failure() {
		return "Constructor of " + this.constructor.getDeclaringClass().getName() + " failed";
	}
}
