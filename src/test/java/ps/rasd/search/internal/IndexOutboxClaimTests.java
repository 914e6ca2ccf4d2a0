package ps.rasd.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ps.rasd.search.SearchFixtures;
import ps.rasd.search.SearchManagement;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MovableClock;

/**
 * Nodes that share one index take their work from the outbox by claims: each row is indexed by one node, and the work
 * of a node that died or failed is taken by another.
 */
@IntegrationTest
class IndexOutboxClaimTests {

	private static final Duration LEASE = Duration.ofMinutes(2);

	@Autowired
	IndexWorker worker;

	@Autowired
	SearchManagement search;

	@Autowired
	JdbcTemplate jdbc;

	final MovableClock clock = new MovableClock();

	IndexOutbox nodeOne;

	IndexOutbox nodeTwo;

	@BeforeEach
	void twoNodesAndNoIndexer() {
		SearchFixtures.awaitIndexed(search);
		worker.stop();
		nodeOne = new IndexOutbox(jdbc, clock);
		nodeTwo = new IndexOutbox(jdbc, clock);
	}

	@AfterEach
	void startTheIndexerAgain() {
		jdbc.update("delete from search_outbox where record_type in ('claim-test', ?)", IndexOutbox.EVERYTHING);
		worker.start();
	}

	private void queue(int count) {
		nodeOne.queue("claim-test", IntStream.rangeClosed(1, count).mapToObj(String::valueOf).toList());
	}

	private static List<Long> ids(List<IndexOutbox.Work> work) {
		return work.stream().map(IndexOutbox.Work::id).toList();
	}

	@Test
	void twoNodesNeverClaimTheSameRows() {
		queue(10);
		List<IndexOutbox.Work> one = nodeOne.claim(6, LEASE);
		List<IndexOutbox.Work> two = nodeTwo.claim(6, LEASE);
		assertThat(one).hasSize(6);
		assertThat(two).hasSize(4);
		assertThat(ids(one)).doesNotContainAnyElementsOf(ids(two));
		assertThat(nodeOne.claim(6, LEASE)).isEmpty();
	}

	@Test
	void theWorkOfANodeThatDiedIsTakenWhenItsClaimRunsOut() {
		queue(3);
		List<IndexOutbox.Work> died = nodeOne.claim(10, LEASE);
		assertThat(nodeTwo.claim(10, LEASE)).isEmpty();
		clock.advance(LEASE.plusSeconds(1));
		assertThat(ids(nodeTwo.claim(10, LEASE))).isEqualTo(ids(died));
	}

	@Test
	void whileOneNodeRebuildsTheWholeIndexNoNodeIndexesChangesThatTheSwapWouldLose() {
		nodeOne.queueRebuild();
		List<IndexOutbox.Work> rebuilding = nodeOne.claim(10, LEASE);
		assertThat(rebuilding).anyMatch(IndexOutbox.Work::everything);
		queue(3);
		assertThat(nodeTwo.claim(10, LEASE)).as("changes wait for the new index").isEmpty();
		nodeOne.remove(rebuilding);
		assertThat(nodeTwo.claim(10, LEASE)).hasSize(3);
	}

	@Test
	void aRebuildWhoseNodeDiedHoldsNothingBackOnceItsClaimRunsOut() {
		nodeOne.queueRebuild();
		nodeOne.claim(10, LEASE);
		queue(2);
		clock.advance(LEASE.plusSeconds(1));
		assertThat(nodeTwo.claim(10, LEASE)).as("the rebuild and the changes, taken by a live node").hasSize(3);
	}

	@Test
	void aNodeStillWorkingKeepsItsClaimPastOneLease() {
		nodeOne.queueRebuild();
		queue(2);
		List<IndexOutbox.Work> rebuilding = nodeOne.claim(10, LEASE);
		clock.advance(LEASE.minusSeconds(10));
		assertThat(nodeOne.renew(rebuilding, LEASE)).isTrue();
		clock.advance(LEASE.minusSeconds(10));
		assertThat(nodeTwo.claim(10, LEASE)).as("a rebuild longer than one lease is not taken by another node")
			.isEmpty();
		clock.advance(LEASE);
		assertThat(ids(nodeTwo.claim(10, LEASE))).as("once it stops renewing, the work is taken")
			.isEqualTo(ids(rebuilding));
	}

	@Test
	void aClaimTakenByAnotherNodeIsNeitherRenewedNorGivenBackByTheFirst() {
		queue(3);
		List<IndexOutbox.Work> late = nodeOne.claim(10, LEASE);
		clock.advance(LEASE.plusSeconds(1));
		List<IndexOutbox.Work> taken = nodeTwo.claim(10, LEASE);
		assertThat(nodeOne.renew(late, LEASE)).isFalse();
		nodeOne.release(late);
		assertThat(nodeOne.claim(10, LEASE)).as("still the second node's").isEmpty();
		assertThat(taken).hasSize(3);
	}

	@Test
	void workGivenBackAfterAFailureIsTakenAgainAtOnce() {
		queue(3);
		List<IndexOutbox.Work> failed = nodeOne.claim(10, LEASE);
		nodeOne.release(failed);
		assertThat(ids(nodeTwo.claim(10, LEASE))).isEqualTo(ids(failed));
	}

	@Test
	void nodesDrainingTogetherIndexEveryRowOnce() throws Exception {
		queue(200);
		List<Long> done = Collections.synchronizedList(new ArrayList<>());
		ExecutorService nodes = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int n = 0; n < 4; n++) {
				IndexOutbox node = new IndexOutbox(jdbc, clock);
				running.add(nodes.submit(() -> {
					for (int idle = 0; idle < 3;) {
						List<IndexOutbox.Work> work = node.claim(7, LEASE);
						idle = work.isEmpty() ? idle + 1 : 0;
						done.addAll(ids(work));
						node.remove(work);
					}
				}));
			}
			for (Future<?> node : running) {
				node.get();
			}
		}
		finally {
			nodes.shutdown();
		}
		assertThat(done).hasSize(200).doesNotHaveDuplicates();
	}
}
