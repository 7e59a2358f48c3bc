package io.covet.relations.autoconfigure;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
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
			Boolean exists = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
				DatabaseMetaData meta = connection.getMetaData();
				try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), model.table(),
						new String[] { "TABLE" })) {
					return tables.next();
				}
			});
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
}
