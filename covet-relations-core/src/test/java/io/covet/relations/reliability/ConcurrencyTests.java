package io.covet.relations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.covet.relations.m2m.ConcurrencyModels.Label;
import io.covet.relations.m2m.ConcurrencyModels.Item;
import io.covet.relations.m2m.ConcurrencyModels.Person;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * Many threads on one many-to-many: 16 threads adding the same and overlapping pairs (no error, no duplicate), and 8
 * threads racing {@code set()} on one owner (the final pairs equal exactly one thread's input); adds of the same
 * pairs in opposite orders, which deadlocked on PostgreSQL and MariaDB until the link rows went in key order (found by
 * a probing helper).
 */
@Models({ Item.class, Label.class, Person.class })
class ConcurrencyTests {

	private static <T> void race(int threads, java.util.function.IntFunction<java.util.concurrent.Callable<T>> work)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int thread = 0; thread < threads; thread++) {
				java.util.concurrent.Callable<T> task = work.apply(thread);
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			for (Future<T> future : futures) {
				future.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@DatabaseTest
	void sixteenThreadsAddingOverlappingPairsLeaveEachPairOnce(TestDatabase db) throws Exception {
		Item item = db.<Item, Long>repo(Item.class).save(new Item());
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			labels.add(new Label());
		}
		db.repo(Label.class).bulkCreate(labels);
		race(16, thread -> () -> {
			Random random = new Random(thread);
			for (int i = 0; i < 500; i++) {
				item.labels.add(labels.get(i % 10 == 0 ? 0 : random.nextInt(labels.size())));
			}
			return null;
		});
		long pairs = db.jdbc().queryForObject("SELECT COUNT(*) FROM " + db.dialect().quote("c_item_labels"), Long.class);
		long distinct = db.jdbc()
			.queryForObject("SELECT COUNT(*) FROM (SELECT DISTINCT " + db.dialect().quote("label_id") + " FROM "
					+ db.dialect().quote("c_item_labels") + ") d", Long.class);
		assertThat(pairs).isEqualTo(distinct).isLessThanOrEqualTo(50);
	}

	@DatabaseTest
	void eightThreadsRacingSetLeaveExactlyOneInput(TestDatabase db) throws Exception {
		Item item = db.<Item, Long>repo(Item.class).save(new Item());
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			labels.add(new Label());
		}
		db.repo(Label.class).bulkCreate(labels);
		List<Set<Long>> inputs = new ArrayList<>();
		for (int thread = 0; thread < 8; thread++) {
			Set<Long> input = new HashSet<>();
			Random random = new Random(100 + thread);
			while (input.size() < 10) {
				input.add(labels.get(random.nextInt(labels.size())).id);
			}
			inputs.add(input);
		}
		for (int round = 0; round < 5; round++) {
			race(8, thread -> () -> {
				item.labels.set(new ArrayList<>(inputs.get(thread)));
				return null;
			});
			Set<Long> result = new HashSet<>(db.jdbc()
				.queryForList("SELECT " + db.dialect().quote("label_id") + " FROM " + db.dialect().quote("c_item_labels"),
						Long.class));
			assertThat(inputs).as("round %d", round).contains(result);
		}
	}

	@DatabaseTest
	void addsOfOneListInOppositeOrdersDoNotDeadlock(TestDatabase db) throws Exception {
		Item item = db.<Item, Long>repo(Item.class).save(new Item());
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			labels.add(new Label());
		}
		db.repo(Label.class).bulkCreate(labels);
		List<Label> reversed = new ArrayList<>(labels);
		java.util.Collections.reverse(reversed);
		for (int round = 0; round < 10; round++) {
			race(6, thread -> () -> {
				item.labels.add(((thread % 2 == 0) ? labels : reversed).toArray());
				return null;
			});
			assertThat(item.labels.count()).isEqualTo(50);
			item.labels.clear();
		}
	}

	@DatabaseTest
	void symmetricalAddsFromBothSidesDoNotDeadlock(TestDatabase db) throws Exception {
		Person one = db.<Person, Long>repo(Person.class).save(new Person());
		Person two = db.<Person, Long>repo(Person.class).save(new Person());
		for (int round = 0; round < 15; round++) {
			race(6, thread -> () -> {
				if (thread % 2 == 0) {
					one.friends.add(two);
				}
				else {
					two.friends.add(one);
				}
				return null;
			});
			assertThat(one.friends.count()).isEqualTo(1);
			assertThat(two.friends.count()).isEqualTo(1);
			one.friends.clear();
		}
	}
}
