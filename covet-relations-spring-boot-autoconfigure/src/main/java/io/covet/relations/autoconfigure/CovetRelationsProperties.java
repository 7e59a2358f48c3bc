package io.covet.relations.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of Covet Relations under {@code covet.relations}.
 */
@ConfigurationProperties("covet.relations")
public class CovetRelationsProperties {

	/**
	 * Dialect to use instead of detecting one from the DataSource: postgresql, mariadb, mysql or sqlite.
	 */
	private String dialect;

	/**
	 * Packages scanned for @Model classes. Defaults to the packages of the @SpringBootApplication class.
	 */
	private List<String> modelPackages = new ArrayList<>();

	/**
	 * Packages scanned for interfaces extending CovetRepository, which become beans. Defaults to the packages of the
	 * @SpringBootApplication class.
	 */
	private List<String> repositoryPackages = new ArrayList<>();

	/**
	 * Whether an access to a relation that was not selected or prefetched throws instead of running a query of its
	 * own (the N+1 guard). Recommended in tests and development.
	 */
	private boolean strictLoading;

	/**
	 * Keys per IN-list chunk in prefetches and bulk operations. 0 uses as many as the database's bind-parameter cap
	 * allows. Keys bound as one parameter are not chunked: PostgreSQL's array of Long, Integer, String or UUID keys,
	 * and in reads on SQLite 3.38+ a JSON array of integer or text keys.
	 */
	private int inListChunkSize;

	/**
	 * Whether executed SQL is logged at DEBUG on the 'io.covet.relations.SQL' logger.
	 */
	private boolean logStatements = true;

	private final Schema schema = new Schema();

	private final Metrics metrics = new Metrics();

	private final Observations observations = new Observations();

	public String getDialect() {
		return this.dialect;
	}

	public void setDialect(String dialect) {
		this.dialect = dialect;
	}

	public List<String> getModelPackages() {
		return this.modelPackages;
	}

	public void setModelPackages(List<String> modelPackages) {
		this.modelPackages = modelPackages;
	}

	public List<String> getRepositoryPackages() {
		return this.repositoryPackages;
	}

	public void setRepositoryPackages(List<String> repositoryPackages) {
		this.repositoryPackages = repositoryPackages;
	}

	public boolean isStrictLoading() {
		return this.strictLoading;
	}

	public void setStrictLoading(boolean strictLoading) {
		this.strictLoading = strictLoading;
	}

	public int getInListChunkSize() {
		return this.inListChunkSize;
	}

	public void setInListChunkSize(int inListChunkSize) {
		this.inListChunkSize = inListChunkSize;
	}

	public boolean isLogStatements() {
		return this.logStatements;
	}

	public void setLogStatements(boolean logStatements) {
		this.logStatements = logStatements;
	}

	public Schema getSchema() {
		return this.schema;
	}

	public Metrics getMetrics() {
		return this.metrics;
	}

	public Observations getObservations() {
		return this.observations;
	}

	/** Micrometer observations of whole operations (timers and trace spans). */
	public static class Observations {

		/**
		 * Whether prefetch levels, deletes and many-to-many changes are observed when an ObservationRegistry is
		 * present.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}
	}

	/** Micrometer meters. */
	public static class Metrics {

		/**
		 * Whether Covet Relations records covet.relations.* meters when a MeterRegistry is present.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}
	}

	/** Schema creation from model metadata. */
	public static class Schema {

		/**
		 * Whether tables missing for registered models are created at startup. Defaults to true, and to false when
		 * Flyway is on the classpath (migrations own the schema then).
		 */
		private Boolean autoCreate;

		public Boolean getAutoCreate() {
			return this.autoCreate;
		}

		public void setAutoCreate(Boolean autoCreate) {
			this.autoCreate = autoCreate;
		}
	}
}
