package ps.rasd.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpMethod;

import ps.rasd.search.SearchProperties;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.SearchDocument;
import ps.rasd.support.OpenSearchNode;

/**
 * Two changes of one record indexed by two nodes in the wrong order (the newer first): the shared index keeps the
 * newer, whose version (its outbox row's id) is higher — and a late removal does not remove a newer document either;
 * after a rebuild, a change queued before it began is refused too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchVersionsTests {

	private final String alias = "rasd-versions-" + ProcessHandle.current().pid();

	private final String id = DocumentMapper.id("case", "1");

	private OpenSearchClient client;

	private OpenSearchBackend node1;

	private OpenSearchBackend node2;

	@BeforeAll
	void anEmptySharedIndex() {
		SearchProperties properties = new SearchProperties(true, 200, 20, 100, 10000, 1000, null, null, null,
				OpenSearchNode.url(), alias, "", "", 0);
		client = OpenSearchClient.of(properties);
		node1 = new OpenSearchBackend(OpenSearchClient.of(properties), alias);
		node2 = new OpenSearchBackend(OpenSearchClient.of(properties), alias);
		node1.rebuild(sink -> { });
	}

	@AfterAll
	void removeTheIndex() {
		client.send(HttpMethod.GET, "/_alias/" + alias, null).properties()
			.forEach(index -> client.send(HttpMethod.DELETE, "/" + index.getKey(), null));
	}

	private static SearchDocument kase(String title) {
		return kase("1", title);
	}

	private static SearchDocument kase(String key, String title) {
		return new SearchDocument("case", key, "RSD-2026-00000" + key, new LocalizedText(title, null), List.of(), title,
				null, "50", "WATER", "NEW", 2026, Tier.PUBLIC, null, null, "/cases/RSD-2026-00000" + key, null, Set.of(),
				null);
	}

	private String title() {
		return title(id);
	}

	private String title(String docId) {
		return client.send(HttpMethod.GET, "/" + alias + "/_doc/" + docId, null).path("_source")
			.path(DocumentMapper.TITLE_AR).asString();
	}

	@Test
	void anOlderChangeIndexedLateDoesNotOverwriteANewerOne() {
		node2.apply(List.of(kase("انقطاع المياه منذ أسبوعين")), List.of(), Map.of(id, 20L));
		node1.apply(List.of(kase("انقطاع المياه")), List.of(), Map.of(id, 10L));
		assertThat(title()).isEqualTo("انقطاع المياه منذ أسبوعين");

		node1.apply(List.of(), List.of(id), Map.of(id, 15L));
		assertThat(client.exists("/" + alias + "/_doc/" + id)).as("an older removal is refused").isTrue();

		node1.apply(List.of(kase("انقطاع المياه منذ أسبوعين عن حي الجلمة")), List.of(), Map.of(id, 20L));
		assertThat(title()).as("the same version again: the record's state read later").isEqualTo(
				"انقطاع المياه منذ أسبوعين عن حي الجلمة");

		node2.apply(List.of(), List.of(id), Map.of(id, 30L));
		assertThat(client.exists("/" + alias + "/_doc/" + id)).as("a newer removal removes").isFalse();
		node1.apply(List.of(kase("انقطاع المياه")), List.of(), Map.of(id, 25L));
		assertThat(client.exists("/" + alias + "/_doc/" + id)).as("an older change does not bring it back").isFalse();
	}

	@Test
	void aChangeQueuedBeforeARebuildAndIndexedAfterItDoesNotOverwriteWhatTheRebuildRead() {
		String other = DocumentMapper.id("case", "2");
		node1.rebuild(40, sink -> sink.accept(kase("2", "انقطاع المياه منذ شهر")));
		node2.apply(List.of(kase("2", "انقطاع المياه")), List.of(), Map.of(other, 35L));
		assertThat(title(other)).as("a change queued before the rebuild, indexed late").isEqualTo("انقطاع المياه منذ شهر");
		node2.apply(List.of(), List.of(other), Map.of(other, 39L));
		assertThat(client.exists("/" + alias + "/_doc/" + other)).as("nor an older removal").isTrue();

		node2.apply(List.of(kase("2", "عادت المياه")), List.of(), Map.of(other, 41L));
		assertThat(title(other)).as("a change queued after the rebuild began").isEqualTo("عادت المياه");
	}
}
