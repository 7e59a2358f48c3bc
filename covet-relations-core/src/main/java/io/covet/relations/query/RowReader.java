package io.covet.relations.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.covet.relations.dialect.ColumnReader;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.loading.ModelReader;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.relation.Ref;

/**
 * Reads the rows of one compiled SELECT: the root instance and each {@code selectRelated} instance, attached to the
 * one it hangs from. Built once per query so each row only reads and links. A joined foreign key is not read from
 * its own column: its loaded {@link Ref} takes the key from the joined object, and the column is read only when
 * the join found nothing.
 *
 * @param <T> the root model
 */
final class RowReader<T> {

	private final CovetContext context;

	private final SelectedModel[] models;

	private final ModelReader<?>[] readers;

	/** For a model joined through a forward foreign key: that key's column in the row, else {@code null}. */
	private final JoinedKey[] joinedKeys;

	/** Column of the root's deferred foreign key, read by {@link #rootKey}; unused without one. */
	private final int rootKeyIndex;

	private final ColumnReader rootKeyReader;

	/** Scratch space for one row's instances; a reader serves one result set on one thread. */
	private final Object[] objects;

	/**
	 * @param rootKey a foreign key of the root model the caller reads with {@link #rootKey} and sets itself, or
	 * {@code null}
	 */
	RowReader(CovetContext context, List<SelectedModel> models, FieldMeta rootKey) {
		this.context = context;
		this.models = models.toArray(SelectedModel[]::new);
		int count = this.models.length;
		Map<Integer, Set<FieldMeta>> deferred = new HashMap<>();
		if (rootKey != null) {
			deferred.computeIfAbsent(0, root -> new HashSet<>()).add(rootKey);
		}
		for (SelectedModel selected : this.models) {
			if (selected.relation() instanceof ForeignKeyRelation foreignKey) {
				deferred.computeIfAbsent(selected.parent(), parent -> new HashSet<>()).add(foreignKey.column());
			}
		}
		this.readers = new ModelReader<?>[count];
		for (int i = 0; i < count; i++) {
			this.readers[i] = context.reader()
				.readerFor(this.models[i].model())
				.deferring(deferred.getOrDefault(i, Set.of()));
		}
		this.joinedKeys = new JoinedKey[count];
		for (int i = 1; i < count; i++) {
			SelectedModel selected = this.models[i];
			if (selected.relation() instanceof ForeignKeyRelation foreignKey) {
				FieldMeta column = foreignKey.column();
				int index = this.models[selected.parent()].offset() + this.readers[selected.parent()].columnOf(column);
				this.joinedKeys[i] = new JoinedKey(column, foreignKey.targetField(), index,
						context.dialect().columnReader(column.valueType()));
			}
		}
		this.rootKeyIndex = (rootKey != null) ? this.models[0].offset() + this.readers[0].columnOf(rootKey) : -1;
		this.rootKeyReader = (rootKey != null) ? context.dialect().columnReader(rootKey.valueType()) : null;
		this.objects = new Object[count];
	}

	/** The current row's value of the root's deferred foreign key. */
	Object rootKey(ResultSet rs) throws SQLException {
		return this.rootKeyReader.read(rs, this.rootKeyIndex);
	}

	@SuppressWarnings("unchecked")
	T read(ResultSet rs) throws SQLException {
		for (int i = 0; i < this.models.length; i++) {
			SelectedModel selected = this.models[i];
			Object object = this.readers[i].read(rs, selected.offset());
			this.objects[i] = object;
			if (i == 0) {
				continue;
			}
			Object parent = this.objects[selected.parent()];
			if (parent == null) {
				continue;
			}
			JoinedKey joined = this.joinedKeys[i];
			if (joined != null) {
				joined.attach(rs, parent, object);
			}
			else {
				QuerySet.attachLoaded(this.context, parent, selected.relation(), object);
			}
		}
		return (T) this.objects[0];
	}

	/** A forward foreign key whose target the SELECT joins. */
	private record JoinedKey(FieldMeta column, FieldMeta target, int index, ColumnReader reader) {

		void attach(ResultSet rs, Object owner, Object joined) throws SQLException {
			// A NULL key, or a key the join found no row for (left as a loaded reference to nothing, as before).
			Object key = (joined != null) ? this.target.columnValue(joined) : this.reader.read(rs, this.index);
			this.column.set(owner, Ref.loaded(key, joined));
		}
	}
}
