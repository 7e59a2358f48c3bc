package io.covet.relations.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/** Wraps a DataSource and counts the statements every column prepares or creates: the same meter for all. */
final class CountingDataSource {

	static final AtomicLong STATEMENTS = new AtomicLong();

	private CountingDataSource() {
	}

	static DataSource wrap(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
				(proxy, method, args) -> {
					Object result = invoke(target, method, args);
					return (result instanceof Connection connection) ? connection(connection) : result;
				});
	}

	private static Connection connection(Connection target) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					String name = method.getName();
					if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
						STATEMENTS.incrementAndGet();
					}
					if (name.equals("unwrap") && args != null && args[0] == Connection.class) {
						return target;
					}
					return invoke(target, method, args);
				});
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}
}
