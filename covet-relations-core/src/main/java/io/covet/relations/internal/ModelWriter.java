package io.covet.relations.internal;

import java.util.ArrayList;
import java.util.List;

import io.covet.relations.dialect.Dialect;
import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.Ref;
import io.covet.relations.sql.Operation;
import io.covet.relations.sql.SqlBuilder;

/**
 * Writes instances: INSERT (with generated keys read back through RETURNING where the database has it), UPDATE,
 * Django-style save (update, or insert when no row has the key) and multi-row bulk inserts chunked under the
 * bind-parameter cap. Every value is read from the instance before any SQL runs, so an unsaved related object fails
 * the call without a partial write.
 */
public final class ModelWriter {

	/** Rows per multi-row INSERT; beyond this, statements get long without getting faster. */
	private static final int MAX_ROWS_PER_INSERT = 1000;

	private final CovetContext context;

	ModelWriter(CovetContext context) {
		this.context = context;
	}

	/**
	 * Inserts when new, otherwise updates (and inserts when the update found no row). The instance is written as its
	 * own class when that is a registered subclass or proxy of {@code model}: a caller that knows only the declared
	 * model (a manager's {@code create}) would otherwise drop a single-table child's columns, or a multi-table child's
	 * whole row, as Django saves an object as its own class.
	 */
	public <T> T save(ModelMeta<T> model, T instance) {
		ModelMeta<T> concrete = this.context.registry().modelOf(instance, model);
		write(concrete, instance);
		pinToFieldReferences(concrete, instance);
		this.context.bindAccessors(concrete, instance);
		return instance;
	}

	/** The rows of {@link #save}; whether the model's own row was inserted (rather than updated). */
	private <T> boolean write(ModelMeta<T> model, T instance) {
		if (model.parentLink() != null) {
			return writeJoined(model, instance);
		}
		syncGenericKeys(model, instance);
		Object key = model.primaryKeyValue(instance);
		FieldMeta pk = model.primaryKey();
		if (key == null) {
			if (!pk.generated()) {
				throw new InvalidValueException("Cannot save " + model.name() + ": its " + pk.valueType().getSimpleName()
						+ " key " + pk.name() + " is assigned by the application and must be set before saving");
			}
			insert(model, List.of(instance), model.insertableFields());
			return true;
		}
		return this.context.transactions().required(() -> {
			if (update(model, instance) > 0) {
				return false;
			}
			insert(model, List.of(instance), model.fields());
			return true;
		});
	}

	/**
	 * A reference built from an object, on a key to a unique field other than the primary key ({@code toField}),
	 * becomes a loaded reference holding that field's value, so that {@code ref.id()} answers what the column holds
	 * rather than the object's primary key.
	 */
	private <T> void pinToFieldReferences(ModelMeta<T> model, T instance) {
		for (ForeignKeyRelation relation : model.forwardRelations()) {
			FieldMeta column = relation.column();
			if (relation.targetField().primaryKey() || column.isParentLink()
					|| !(column.get(instance) instanceof Ref<?> ref) || ref.hasExplicitId() || ref.loadedTarget() == null) {
				continue;
			}
			column.set(instance, Ref.loaded(column.columnValue(instance), ref.loadedTarget()));
		}
	}

	/**
	 * Copies each generic foreign key that was assigned an object ({@code GenericRef.to(post)}) into its two columns:
	 * the object's content-type id and its key (as text when the key column is text). A reference read from the
	 * database (loaded by a prefetch or not) leaves the columns as they are: they are the row's, and a caller may have
	 * set them directly since, as Django's object id is assigned.
	 */
	public <T> void syncGenericKeys(ModelMeta<T> model, T instance) {
		for (GenericForeignKeyMeta key : model.genericForeignKeys()) {
			GenericRef ref = (GenericRef) key.get(instance);
			if (ref == null || ref.isNull()) {
				InstanceUndo.set(key.contentTypeField(), instance, Ref.none());
				InstanceUndo.set(key.idField(), instance, null);
				continue;
			}
			Object target = ref.loadedTarget();
			if (target == null || ref.contentTypeId() != null) {
				continue;
			}
			ModelMeta<?> targetModel = this.context.registry().meta(target.getClass());
			Object targetKey = Values.keyOf(targetModel, targetModel.primaryKey(), target, key.describe());
			InstanceUndo.set(key.contentTypeField(), instance, Ref.id(this.context.contentTypes().idFor(targetModel)));
			InstanceUndo.set(key.idField(), instance, GenericKeys.toStored(key, targetKey));
		}
	}

	/**
	 * A multi-table child: the parent's row first (which gives a new instance its key), then the child's row, in one
	 * transaction. When the parent's row was inserted, so is the child's, without the UPDATE that would look for it
	 * first (Django's {@code force_insert} of a new parent's child): on MariaDB that UPDATE of a missing key locks the
	 * gap where the row goes, and two concurrent saves of new children then deadlock on each other's gap.
	 */
	@SuppressWarnings("unchecked")
	private <T> boolean writeJoined(ModelMeta<T> model, T instance) {
		return this.context.transactions().required(() -> {
			boolean parentInserted = write((ModelMeta<Object>) model.linkedParent(), instance);
			syncGenericKeys(model, instance);
			if (parentInserted || update(model, instance) == 0) {
				insert(model, List.of(instance), model.fields());
				return true;
			}
			return false;
		});
	}

	/** UPDATE of every column by primary key; returns the row count (0 when no row has the key). */
	public <T> int update(ModelMeta<T> model, T instance) {
		List<Object> values = new ArrayList<>();
		for (FieldMeta field : model.fields()) {
			values.add(field.primaryKey() ? null : field.columnValue(instance));
		}
		SqlBuilder sql = new SqlBuilder(this.context.dialect()).sql("UPDATE ").id(model.table()).sql(" SET ");
		boolean first = true;
		List<FieldMeta> fields = model.fields();
		for (int i = 0; i < fields.size(); i++) {
			FieldMeta field = fields.get(i);
			if (field.primaryKey()) {
				continue;
			}
			sql.sql(first ? "" : ", ").id(field.column()).sql(" = ").param(values.get(i), field.valueType());
			first = false;
		}
		if (first) {
			// Nothing but the key: "updating" means the row exists.
			return new KeyedStatements(this.context).count(model, model.primaryKey(),
					List.of(model.primaryKeyValue(instance))) > 0 ? 1 : 0;
		}
		FieldMeta pk = model.primaryKey();
		sql.sql(" WHERE ").id(pk.column()).sql(" = ").param(model.primaryKeyValue(instance), pk.valueType());
		return this.context.executor().update(sql.build(Operation.UPDATE, model.name()));
	}

	/**
	 * Inserts new instances with multi-row INSERTs, setting generated keys on them; binds their accessors. For a
	 * multi-table child the parents' rows go first, the same way, and give the child's rows their keys.
	 */
	public <T> List<T> bulkInsert(ModelMeta<T> model, List<T> instances) {
		if (instances.isEmpty()) {
			return instances;
		}
		this.context.transactions().required(() -> insertRows(model, instances));
		for (T instance : instances) {
			this.context.bindAccessors(model, instance);
		}
		return instances;
	}

	/** The rows of {@link #bulkInsert}, its parents' first; the accessors are bound once, by the caller. */
	@SuppressWarnings("unchecked")
	private <T> void insertRows(ModelMeta<T> model, List<T> instances) {
		if (model.parentLink() != null) {
			insertRows((ModelMeta<Object>) model.linkedParent(), (List<Object>) instances);
			for (T instance : instances) {
				syncGenericKeys(model, instance);
			}
			insert(model, instances, model.fields());
			return;
		}
		FieldMeta pk = model.primaryKey();
		for (T instance : instances) {
			if (model.primaryKeyValue(instance) == null && !pk.generated()) {
				throw new InvalidValueException("Cannot insert " + model.name() + ": key " + pk.name() + " must be assigned");
			}
		}
		for (T instance : instances) {
			syncGenericKeys(model, instance);
		}
		if (!pk.generated()) {
			insert(model, instances, model.fields());
			return;
		}
		// A generated key the caller has set is inserted as given (as Django's bulk_create does): a new row under that
		// key, or a duplicate-key failure for a saved instance, never a second row under a new key.
		List<T> keyed = new ArrayList<>();
		List<T> fresh = new ArrayList<>();
		for (T instance : instances) {
			(model.primaryKeyValue(instance) != null ? keyed : fresh).add(instance);
		}
		// The set keys first, as Django does: where the counter moves past keys inserted as given (SQLite, MariaDB),
		// the generated ones then cannot take them.
		if (!keyed.isEmpty()) {
			insert(model, keyed, model.fields());
		}
		if (!fresh.isEmpty()) {
			insert(model, fresh, model.insertableFields());
		}
	}

	private <T> void insert(ModelMeta<T> model, List<T> instances, List<FieldMeta> columns) {
		List<Object[]> rows = new ArrayList<>(instances.size());
		for (T instance : instances) {
			Object[] row = new Object[columns.size()];
			for (int i = 0; i < row.length; i++) {
				FieldMeta field = columns.get(i);
				row[i] = field.primaryKey() ? model.primaryKeyValue(instance) : field.columnValue(instance);
			}
			rows.add(row);
		}
		Dialect dialect = this.context.dialect();
		FieldMeta pk = model.primaryKey();
		if (columns.isEmpty()) {
			insertKeysOnly(model, instances);
			return;
		}
		int perStatement = RowInserts.rowsPerStatement(dialect, columns.size(), MAX_ROWS_PER_INSERT);
		boolean readKeys = pk.generated() && !columns.contains(pk);
		for (int start = 0; start < rows.size(); start += perStatement) {
			int end = Math.min(rows.size(), start + perStatement);
			SqlBuilder sql = RowInserts.values(dialect, model, columns, rows.subList(start, end));
			if (!readKeys) {
				this.context.executor().update(sql.build(Operation.INSERT, model.name()));
				continue;
			}
			boolean returning = dialect.supportsInsertReturning();
			if (returning) {
				sql.sql(" RETURNING ").id(pk.column());
			}
			List<Object> keys = this.context.executor()
				.insertReturningKeys(sql.build(Operation.INSERT, model.name()), pk.valueType(), returning);
			if (keys.size() != end - start) {
				throw new IllegalStateException("Expected " + (end - start) + " generated keys for " + model.name()
						+ " but the database returned " + keys.size());
			}
			for (int r = start; r < end; r++) {
				InstanceUndo.set(pk, instances.get(r), keys.get(r - start));
			}
		}
	}

	/** Rows of a model that has nothing but a generated key: the key column with the dialect's "generate" value. */
	private <T> void insertKeysOnly(ModelMeta<T> model, List<T> instances) {
		Dialect dialect = this.context.dialect();
		FieldMeta pk = model.primaryKey();
		for (int start = 0; start < instances.size(); start += MAX_ROWS_PER_INSERT) {
			int end = Math.min(instances.size(), start + MAX_ROWS_PER_INSERT);
			SqlBuilder sql = new SqlBuilder(dialect).sql("INSERT INTO ").id(model.table()).sql(" (").id(pk.column()).sql(") VALUES ");
			for (int r = start; r < end; r++) {
				sql.sql(r > start ? ", (" : "(").sql(dialect.generatedKeyValue()).sql(")");
			}
			boolean returning = dialect.supportsInsertReturning();
			if (returning) {
				sql.sql(" RETURNING ").id(pk.column());
			}
			List<Object> keys = this.context.executor()
				.insertReturningKeys(sql.build(Operation.INSERT, model.name()), pk.valueType(), returning);
			for (int r = start; r < end; r++) {
				InstanceUndo.set(pk, instances.get(r), keys.get(r - start));
			}
		}
	}
}
