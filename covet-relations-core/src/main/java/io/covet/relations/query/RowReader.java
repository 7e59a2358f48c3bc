package io.covet.relations.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.covet.relations.dialect.ColumnReader;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.loading.ModelReader;
import io.covet.relations.loading.SharedRefs;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.relation.Ref;

/**
 * Reads the rows of one compiled SELECT: the root instance and each {@code selectRelated} instance, attached to the
 * one it hangs from. Built once per query so each row only reads and links. A joined foreign key is not read from
 * its own column: its loaded {@link Ref} takes the key from the joined object, and the column is read only when
 * the join found nothing.
 * <p>
 * A joined row that comes back on many rows (the author of ten books) is read once: later rows find it by key and
 * share the same object and the same loaded {@link Ref}, and what was joined below it came with its first row. Root
 * rows are shared the same way when asked: a prefetched target linked to several owners comes back once per link.
 *
 * @param <T> the root model
 */
final class RowReader<T> {

	/** How many distinct objects per model a result set is first sized for; the numbering grows past it. */
	private static final int EXPECTED_DISTINCT = 64;

	private final CovetContext context;

	private final SelectedModel[] models;

	private final ModelReader<?>[] readers;

	/** Per model, this result set's unloaded references, shared by the rows with the same foreign-key value. */
	private final SharedRefs[] refs;

	/** For a model joined through a forward foreign key: that key's column in the row, else {@code null}. */
	private final JoinedKey[] joinedKeys;

	/** Column of the root's deferred foreign key, read by {@link #rootKey}; unused without one. */
	private final int rootKeyIndex;

	private final ColumnReader rootKeyReader;

	/**
	 * Per joined model, and for the root when roots are shared: the keys read so far, numbered, and what was read for
	 * each number. A row whose integral key was seen before is matched without boxing its key.
	 */
	private final DistinctKeys[] seenKeys;

	private final List<Joined>[] seen;

	/** Scratch space for one row's instances; a reader serves one result set on one thread. */
	private final Object[] objects;

	/** Scratch: whether the model's object was found already linked, so nothing below it needs linking. */
	private final boolean[] linked;

	/** Whether a root row that comes back (same key) is the object read the first time. */
	private final boolean shareRoots;

	/**
	 * @param rootKey a foreign key of the root model the caller reads with {@link #rootKey} and sets itself, or
	 * {@code null}
	 * @param rootGenericKeys generic foreign keys of the root model a prefetch sets, left {@code null} per row
	 * @param shareRoots whether rows with the key of an earlier root row give that row's object
	 */
	RowReader(CovetContext context, List<SelectedModel> models, FieldMeta rootKey,
			Set<GenericForeignKeyMeta> rootGenericKeys, boolean shareRoots) {
		this.context = context;
		this.models = models.toArray(SelectedModel[]::new);
		int count = this.models.length;
		Map<Integer, Set<FieldMeta>> deferred = new HashMap<>();
		if (rootKey != null) {
			deferred.computeIfAbsent(0, root -> new HashSet<>()).add(rootKey);
		}
		for (SelectedModel selected : this.models) {
			ForeignKeyRelation foreignKey = selected.joinedThrough();
			if (foreignKey != null) {
				deferred.computeIfAbsent(selected.parent(), parent -> new HashSet<>()).add(foreignKey.column());
			}
		}
		this.readers = new ModelReader<?>[count];
		for (int i = 0; i < count; i++) {
			this.readers[i] = context.reader()
				.readerFor(this.models[i].model())
				.deferring(deferred.getOrDefault(i, Set.of()), (i == 0) ? rootGenericKeys : Set.of());
		}
		this.refs = new SharedRefs[count];
		Arrays.setAll(this.refs, i -> new SharedRefs());
		this.joinedKeys = new JoinedKey[count];
		for (int i = 1; i < count; i++) {
			SelectedModel selected = this.models[i];
			ForeignKeyRelation foreignKey = selected.joinedThrough();
			if (foreignKey != null) {
				FieldMeta column = foreignKey.column();
				int index = this.models[selected.parent()].offset() + this.readers[selected.parent()].columnOf(column);
				this.joinedKeys[i] = new JoinedKey(column, foreignKey.targetField(), index,
						context.dialect().columnReader(column.valueType()));
			}
		}
		this.rootKeyIndex = (rootKey != null) ? this.models[0].offset() + this.readers[0].columnOf(rootKey) : -1;
		this.rootKeyReader = (rootKey != null) ? context.dialect().columnReader(rootKey.valueType()) : null;
		this.objects = new Object[count];
		this.linked = new boolean[count];
		this.seenKeys = new DistinctKeys[count];
		@SuppressWarnings("unchecked")
		List<Joined>[] seen = new List[count];
		this.shareRoots = shareRoots;
		for (int i = shareRoots ? 0 : 1; i < count; i++) {
			this.seenKeys[i] = DistinctKeys.of(this.readers[i].keyType(), this.readers[i].keyReader(), EXPECTED_DISTINCT);
			seen[i] = new ArrayList<>();
		}
		this.seen = seen;
	}

	/** The current row's value of the root's deferred foreign key. */
	Object rootKey(ResultSet rs) throws SQLException {
		return this.rootKeyReader.read(rs, this.rootKeyIndex);
	}

	/** The column of the root's deferred foreign key, for callers that look the key up without reading it. */
	int rootKeyColumn() {
		return this.rootKeyIndex;
	}

	@SuppressWarnings("unchecked")
	T read(ResultSet rs) throws SQLException {
		if (this.shareRoots) {
			Joined root = readShared(rs, 0);
			this.objects[0] = (root == null) ? null : root.object;
		}
		else {
			this.objects[0] = this.readers[0].read(rs, this.models[0].offset(), this.refs[0]);
			this.linked[0] = false;
		}
		for (int i = 1; i < this.models.length; i++) {
			SelectedModel selected = this.models[i];
			Object parent = this.objects[selected.parent()];
			if (parent == null || this.linked[selected.parent()]) {
				// Nothing to hang it on, or its parent was linked, with all below it, on an earlier row.
				this.objects[i] = null;
				this.linked[i] = true;
				continue;
			}
			Joined joined = readShared(rs, i);
			this.objects[i] = (joined == null) ? null : joined.object;
			JoinedKey foreignKey = this.joinedKeys[i];
			if (foreignKey != null) {
				foreignKey.attach(rs, parent, joined);
				OneToOneSides.forwardLoaded(this.context, foreignKey.column().relation(), parent, this.objects[i]);
			}
			else {
				QuerySet.attachLoaded(this.context, parent, selected.relation(), this.objects[i]);
			}
		}
		return (T) this.objects[0];
	}

	/**
	 * Model {@code i}'s object in this row: the one read on an earlier row with the same key (marked linked), else
	 * read now; {@code null} for an outer join's empty side.
	 */
	private Joined readShared(ResultSet rs, int i) throws SQLException {
		int offset = this.models[i].offset();
		DistinctKeys keys = this.seenKeys[i];
		int number = keys.numberOf(rs, offset);
		List<Joined> seen = this.seen[i];
		this.linked[i] = number >= 0 && number < seen.size();
		if (number < 0) {
			return null; // a NULL key: the empty side of an outer join
		}
		if (this.linked[i]) {
			return seen.get(number);
		}
		Object key = keys.keys().get(number);
		Joined read = new Joined(this.readers[i].read(rs, offset, key, this.refs[i]), this.joinedKeys[i]);
		seen.add(read);
		return read;
	}

	/** A joined object and, when a foreign key points at it, the loaded reference every owner shares. */
	private static final class Joined {

		final Object object;

		final Ref<?> reference;

		Joined(Object object, JoinedKey foreignKey) {
			this.object = object;
			this.reference = (foreignKey != null) ? Ref.loaded(foreignKey.target().columnValue(object), object) : null;
		}
	}

	/** A forward foreign key whose target the SELECT joins. */
	private record JoinedKey(FieldMeta column, FieldMeta target, int index, ColumnReader reader) {

		void attach(ResultSet rs, Object owner, Joined joined) throws SQLException {
			// A NULL key, or a key the join found no row for (left as a loaded reference to nothing, as before).
			this.column.set(owner, (joined != null) ? joined.reference : Ref.loaded(this.reader.read(rs, this.index), null));
		}
	}
}
