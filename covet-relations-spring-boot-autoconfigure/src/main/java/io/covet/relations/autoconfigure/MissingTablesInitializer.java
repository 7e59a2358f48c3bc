package io.covet.relations.autoconfigure;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import io.covet.relations.CovetRelations;
import io.covet.relations.metadata.ModelMeta;

/**
 * Creates the tables of registered models that do not exist yet, at startup. For quick starts and samples;
 * applications with migrations switch it off ({@code covet.relations.schema.auto-create=false}).
 */
public class MissingTablesInitializer implements InitializingBean {

	private static final Log logger = LogFactory.getLog(MissingTablesInitializer.class);

	private final CovetRelations relations;

	/** Creates the initializer for the application's {@code CovetRelations}. */
	public MissingTablesInitializer(CovetRelations relations) {
		this.relations = relations;
	}

	@Override
	public void afterPropertiesSet() {
		List<ModelMeta<?>> missing = new ArrayList<>();
		JdbcTemplate jdbc = new JdbcTemplate(this.relations.dataSource());
		for (ModelMeta<?> model : this.relations.registry().models()) {
			Boolean exists = jdbc.execute((ConnectionCallback<Boolean>) connection -> exists(connection, model.table()));
			if (!Boolean.TRUE.equals(exists)) {
				missing.add(model);
			}
		}
		if (!missing.isEmpty()) {
			logger.info("Creating tables for " + missing.size() + " model(s) without one: "
					+ missing.stream().map(ModelMeta::name).toList());
			this.relations.schema().createTables(missing);
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
