package io.covet.relations.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

/**
 * How a prefetch numbers its owners and hands each its children ({@link OwnerSlots}, {@link KeySlotTable},
 * {@link DistinctKeys}, {@link ChildGroups}, {@link IntSequence}): no database involved.
 */
class ChildGroupsTests {

	@Test
	void ownersWithTheSameKeyShareASlotAndOwnersWithoutAKeyHaveNone() {
		OwnerSlots slots = new OwnerSlots(DistinctKeys.of(Long.class, null, 4), 4);
		slots.assign(0, "ann", 7L);
		slots.assign(1, "bob", 3L);
		slots.assign(2, "ann again", 7L);
		slots.assign(3, "unsaved", null);
		assertThat(slots.keys()).containsExactly(7L, 3L);
		assertThat(slots.size()).isEqualTo(2);
		assertThat(slots.slotOfOwner(0)).isEqualTo(slots.slotOfOwner(2)).isEqualTo(slots.slotOf(7L)).isZero();
		assertThat(slots.slotOfOwner(1)).isEqualTo(1);
		assertThat(slots.slotOfOwner(3)).isEqualTo(-1);
		assertThat(slots.slotOf(99L)).isEqualTo(-1);
		assertThat(slots.firstOwner(0)).isEqualTo("ann");
	}

	@Test
	void keysThatDifferOnlyInHighBitsStillSpread() {
		// Multiples of the table's size share their low bits: kept as they are, they would pile up in one run of
		// places and make numbering quadratic. Fifty thousand of them, numbered and found.
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			KeySlotTable table = new KeySlotTable(50_000);
			for (long i = 0; i < 50_000; i++) {
				assertThat(table.slotOf(i << 20)).isEqualTo(i);
			}
			for (long i = 0; i < 50_000; i++) {
				assertThat(table.find(i << 20)).isEqualTo(i);
			}
			assertThat(table.find(1L << 19)).isEqualTo(-1);
		});
	}

	@Test
	void keysAreNumberedInArrivalOrderAndFoundByEquality() {
		KeySlotTable table = new KeySlotTable(100_000);
		for (long key = 1; key <= 100_000; key++) {
			assertThat(table.slotOf(key)).isEqualTo(key - 1);
		}
		assertThat(table.slotOf(Long.valueOf(500L))).isEqualTo(499); // an equal key, another object
		assertThat(table.find(100_000L)).isEqualTo(99_999);
		assertThat(table.find(100_001L)).isEqualTo(-1);
		assertThat(table.find(7)).as("an Integer is not a Long key").isEqualTo(-1);
		assertThat(table.find(null)).isEqualTo(-1);
		assertThat(table.size()).isEqualTo(100_000);
	}

	@Test
	void keysWithTheSameHashStayApartAndTheTableDoesNotOverfill() {
		KeySlotTable table = new KeySlotTable(2);
		assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
		assertThat(table.slotOf("Aa")).isZero();
		assertThat(table.slotOf("BB")).isEqualTo(1);
		assertThat(table.find("BB")).isEqualTo(1);
		assertThat(table.find("Aa")).isZero();
		assertThat(table.slotOf("Aa")).isZero();
		int added = 2;
		try {
			while (added < 100) {
				table.slotOf("key " + added);
				added++;
			}
		}
		catch (IllegalStateException ex) {
			assertThat(ex).hasMessageContaining("sized for");
		}
		assertThat(added).as("keys the table took").isBetween(2, 99);
		assertThatThrownBy(() -> new KeySlotTable(Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void childrenAreGroupedInArrivalOrderAcrossManyBlocks() {
		int owners = 3;
		ChildGroups groups = new ChildGroups(owners);
		List<Object> children = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			int slot = (i % 7 == 0) ? 0 : 1; // slot 2 gets nothing
			groups.add(slot);
			children.add(i);
		}
		List<Object>[] lists = groups.lists(children);
		assertThat(lists).hasSize(owners);
		assertThat(lists[0]).hasSize(715).startsWith(0, 7, 14).endsWith(4998);
		assertThat(lists[1]).hasSize(5000 - 715).startsWith(1, 2, 3, 4, 5, 6, 8);
		assertThat(lists[2]).isEmpty();
	}

	@Test
	void listsAreReadOnlyAndBehaveAsLists() {
		ChildGroups groups = new ChildGroups(1);
		groups.add(0);
		groups.add(0);
		List<Object> list = groups.lists(List.of("a", "b"))[0];
		assertThat(list).containsExactly("a", "b").isEqualTo(List.of("a", "b"));
		assertThat(list.hashCode()).isEqualTo(List.of("a", "b").hashCode());
		assertThat(list.indexOf("b")).isEqualTo(1);
		assertThat(list.subList(1, 2)).containsExactly("b");
		assertThat(list.stream().count()).isEqualTo(2);
		Object[] copy = list.toArray();
		copy[0] = "changed";
		assertThat(list.get(0)).isEqualTo("a");
		assertThatThrownBy(() -> list.add("c")).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> list.set(0, "c")).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> list.remove("a")).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
		Iterator<Object> iterator = list.iterator();
		iterator.next();
		iterator.next();
		assertThat(iterator.hasNext()).isFalse();
		assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
		assertThatThrownBy(iterator::remove).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void aChildOfNoOwnerIsLeftOut() {
		ChildGroups groups = new ChildGroups(1);
		groups.add(0);
		groups.add(-1);
		groups.add(0);
		assertThat(groups.lists(List.of("a", "stray", "b"))[0]).containsExactly("a", "b");
	}

	@Test
	void aChildCountThatDoesNotMatchTheNotedSlotsIsABug() {
		ChildGroups groups = new ChildGroups(1);
		groups.add(0);
		assertThatThrownBy(() -> groups.lists(List.of())).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anIntSequenceKeepsItsNumbersAcrossBlocks() {
		IntSequence sequence = new IntSequence();
		for (int i = 0; i < 10_000; i++) {
			sequence.add(i * 3 - 1);
		}
		assertThat(sequence.size()).isEqualTo(10_000);
		assertThat(sequence.get(0)).isEqualTo(-1);
		assertThat(sequence.get(1023)).isEqualTo(3068);
		assertThat(sequence.get(1024)).isEqualTo(3071);
		assertThat(sequence.get(9999)).isEqualTo(29_996);
		assertThatThrownBy(() -> sequence.get(10_000)).isInstanceOf(IndexOutOfBoundsException.class);
		assertThatThrownBy(() -> sequence.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
	}

	@Test
	void distinctKeysGrowPastTheirExpectedCountAndKeepTheirNumbers() {
		DistinctKeys keys = DistinctKeys.of(String.class, null, 1);
		for (int i = 0; i < 1_000; i++) {
			assertThat(keys.numberOf("key " + i)).isEqualTo(i);
			assertThat(keys.numberOf("key " + (i / 2))).isEqualTo(i / 2);
		}
		assertThat(keys.size()).isEqualTo(1_000);
		assertThat(keys.find("key 999")).isEqualTo(999);
		assertThat(keys.find("absent")).isEqualTo(-1);
		assertThat(keys.keys()).hasSize(1_000).startsWith("key 0", "key 1");
	}

	/** Each binary key read from a row is a new array: numbered by its bytes, kept as the array first given. */
	@Test
	void binaryKeysAreNumberedByTheirBytes() {
		DistinctKeys keys = DistinctKeys.of(byte[].class, null, 1);
		byte[] first = { 1, 2 };
		assertThat(keys.numberOf(first)).isZero();
		assertThat(keys.numberOf(new byte[] { 3 })).isEqualTo(1);
		assertThat(keys.numberOf(new byte[] { 1, 2 })).isZero();
		assertThat(keys.find(new byte[] { 3 })).isEqualTo(1);
		assertThat(keys.find(new byte[] { 1 })).isEqualTo(-1);
		assertThat(keys.keys()).hasSize(2).first().isSameAs(first);
	}

	/** A decimal key counts its value, not its scale: 1.5 and 1.50 are one key, as the database compares them. */
	@Test
	void decimalKeysAreNumberedByValue() {
		DistinctKeys keys = DistinctKeys.of(BigDecimal.class, null, 4);
		assertThat(keys.numberOf(new BigDecimal("1.50"))).isZero();
		assertThat(keys.numberOf(new BigDecimal("1.5"))).isZero();
		assertThat(keys.numberOf(new BigDecimal("0.00"))).isEqualTo(1);
		assertThat(keys.find(BigDecimal.ZERO)).isEqualTo(1);
		assertThat(keys.find(new BigDecimal("15"))).isEqualTo(-1);
		assertThat(keys.keys()).containsExactly(new BigDecimal("1.50"), new BigDecimal("0.00"));
	}

	@Test
	void integralKeysAreNumberedByValueAndGrowPastTheirExpectedCount() {
		DistinctKeys keys = DistinctKeys.of(Long.class, null, 1);
		for (long i = 0; i < 1_000; i++) {
			assertThat(keys.numberOf(i << 20)).isEqualTo(i);
			assertThat(keys.numberOf((i / 2) << 20)).isEqualTo(i / 2);
		}
		assertThat(keys.size()).isEqualTo(1_000);
		assertThat(keys.find(999L << 20)).isEqualTo(999);
		assertThat(keys.find(Integer.valueOf(1 << 20))).as("compared by value").isEqualTo(1);
		assertThat(keys.find("1048576")).isEqualTo(-1);
		assertThat(keys.find(null)).isEqualTo(-1);
		assertThat(keys.keys()).hasSize(1_000).startsWith(0L, 1L << 20);
		assertThatThrownBy(() -> keys.numberOf("7")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("String");
	}

	@Test
	void aLongKeySlotTableNumbersNegativeZeroAndExtremeKeysAndRefusesMoreThanItsCapacity() {
		LongKeySlotTable table = new LongKeySlotTable(4);
		assertThat(table.find(0)).isEqualTo(-1);
		assertThat(table.slotOf(0)).isZero();
		assertThat(table.slotOf(-1)).isEqualTo(1);
		assertThat(table.slotOf(Long.MIN_VALUE)).isEqualTo(2);
		assertThat(table.slotOf(Long.MAX_VALUE)).isEqualTo(3);
		assertThat(table.slotOf(0)).isZero();
		assertThat(table.find(Long.MIN_VALUE)).isEqualTo(2);
		assertThat(table.find(1)).isEqualTo(-1);
		int added = 4;
		try {
			while (added < 100) {
				table.slotOf(1_000 + added);
				added++;
			}
		}
		catch (IllegalStateException expected) {
			assertThat(expected).hasMessageContaining("sized for");
		}
		assertThat(added).isEqualTo(table.capacity());
		assertThatThrownBy(() -> new LongKeySlotTable(Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
	}
}
