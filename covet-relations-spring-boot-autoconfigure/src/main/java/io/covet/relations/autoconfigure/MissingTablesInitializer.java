package io.covet.relations.autoconfigure;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import io.covet.relations.CovetRelations;
import io.covet.relations.dialect.Dialect;
import io.covet.relations.metadata.ModelMeta;

/**
 * Creates the tables of registered models that do not exist yet, at startup. For quick starts and samples;
 * applications with migrations switch it off ({@code covet.relations.schema.auto-create=false}). A database
 * initializer: it runs after Flyway and SQL scripts, and every {@code CovetRelations} bean (so every repository) and
 * every bean depending on database initialization waits for it. It therefore works from what the auto-configured
 * {@code CovetRelations} is built from (the {@code DataSource}, dialect and models), not from that bean.
 */
public class MissingTablesInitializer implements InitializingBean {

	private static final Log logger = LogFactory.getLog(MissingTablesInitializer.class);

	private final DataSource dataSource;

	private final Dialect dialect;

	private final List<Class<?>> models;

	/** Creates the initializer for the given models' tables in the given database. */
	public MissingTablesInitializer(DataSource dataSource, Dialect dialect, List<Class<?>> models) {
		this.dataSource = dataSource;
		this.dialect = dialect;
		this.models = List.copyOf(models);
	}

	@Override
	public void afterPropertiesSet() {
		CovetRelations relations = CovetRelations.builder(this.dataSource)
			.models(this.models)
			.dialect(this.dialect)
			.build();
		// One connection for every model's check, not one per model.
		ConnectionCallback<List<ModelMeta<?>>> absent = connection -> {
			List<ModelMeta<?>> found = new ArrayList<>();
			for (ModelMeta<?> model : relations.registry().models()) {
				if (!exists(connection, model.table())) {
					found.add(model);
				}
			}
			return found;
		};
		List<ModelMeta<?>> missing = new JdbcTemplate(this.dataSource).execute(absent);
		if (!missing.isEmpty()) {
			logger.info("Creating tables for " + missing.size() + " model(s) without one: "
					+ missing.stream().map(ModelMeta::name).toList());
			relations.schema().createTables(missing);
		}
	}

	/**
	 * Whether the table is there. The metadata call takes a LIKE pattern, in which the {@code _} of a table name
	 * matches any character: the pattern is escaped, and only a table of that very name counts (in any case, as the
	 * name folds differently per database).
	 */
	private static boolean exists(Connection connection, String table) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(),
				literalPattern(table, meta.getSearchStringEscape()), new String[] { "TABLE" })) {
			while (tables.next()) {
				if (table.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
					return true;
				}
			}
			return false;
		}
	}

	private static String literalPattern(String name, String escape) {
		if (escape == null || escape.isEmpty()) {
			return name;
		}
		return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
	}
}
