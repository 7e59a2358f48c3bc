package io.covet.relations.autoconfigure.repository;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.core.ResolvableType;

import io.covet.relations.CovetRelations;
import io.covet.relations.repository.CovetRepository;

/**
 * Implements a user's repository interface ({@code interface PostRepository extends CovetRepository<Post, Long>}):
 * the CRUD and query-set methods go to the model's repository, default methods run as written, and other methods
 * are derived from their names. A JDK proxy; no bytecode generation.
 */
public class CovetRepositoryFactoryBean<R> implements FactoryBean<R>, BeanFactoryAware {

	private final Class<R> repositoryInterface;

	private BeanFactory beanFactory;

	private R repository;

	/** Creates the factory of one repository interface; the registrar declares one per interface it finds. */
	public CovetRepositoryFactoryBean(Class<R> repositoryInterface) {
		this.repositoryInterface = repositoryInterface;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public Class<?> getObjectType() {
		return this.repositoryInterface;
	}

	@Override
	public synchronized R getObject() {
		if (this.repository == null) {
			this.repository = create(this.beanFactory.getBean(CovetRelations.class), this.repositoryInterface);
		}
		return this.repository;
	}

	/** The proxy implementing {@code repositoryInterface} over a {@link CovetRelations}. */
	@SuppressWarnings("unchecked")
	public static <R> R create(CovetRelations relations, Class<R> repositoryInterface) {
		Class<?> domainType = ResolvableType.forClass(repositoryInterface).as(CovetRepository.class).resolveGeneric(0);
		if (domainType == null) {
			throw new IllegalStateException(repositoryInterface.getName()
					+ " must extend CovetRepository<Model, Id> with a concrete model type");
		}
		CovetRepository<Object, Object> target = (CovetRepository<Object, Object>) relations.repository(domainType);
		Map<Method, DerivedQuery> derived = new ConcurrentHashMap<>();
		Map<Method, Method> redeclared = new ConcurrentHashMap<>();
		for (Method method : repositoryInterface.getMethods()) {
			if (method.isDefault() || method.getDeclaringClass().isAssignableFrom(CovetRepository.class)
					|| method.getDeclaringClass() == Object.class) {
				continue;
			}
			Method inherited = repositoryMethod(method);
			if (inherited != null) {
				redeclared.put(method, inherited);
			}
			else {
				DerivedQuery query = new DerivedQuery(method, relations.meta(domainType));
				query.checkOrdering(target.objects());
				derived.put(method, query);
			}
		}
		InvocationHandler handler = (proxy, method, arguments) -> {
			if (method.isDefault()) {
				return InvocationHandler.invokeDefault(proxy, method, arguments);
			}
			DerivedQuery query = derived.get(method);
			if (query != null) {
				return query.execute(target.objects(), arguments);
			}
			Method called = redeclared.getOrDefault(method, method);
			if (called.getDeclaringClass() == Object.class) {
				return switch (called.getName()) {
					case "toString" -> repositoryInterface.getSimpleName() + "[" + domainType.getSimpleName() + "]";
					case "hashCode" -> System.identityHashCode(proxy);
					case "equals" -> proxy == arguments[0];
					default -> called.invoke(target, arguments);
				};
			}
			try {
				return called.invoke(target, arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (R) Proxy.newProxyInstance(repositoryInterface.getClassLoader(), new Class<?>[] { repositoryInterface },
				handler);
	}

	/**
	 * The {@link CovetRepository} method a user's interface declares again (to narrow its return type or annotate
	 * it, as Spring Data allows), or {@code null}: such a method is the repository's, not a derived query.
	 */
	private static Method repositoryMethod(Method method) {
		try {
			return CovetRepository.class.getMethod(method.getName(), method.getParameterTypes());
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}
}
