package ps.rasd.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.lucene.search.Query;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

import tools.jackson.databind.JsonNode;

import ps.rasd.search.internal.SearchEngine.Found;
import ps.rasd.search.internal.SearchEngine.Hit;
import ps.rasd.shared.spi.SearchDocument;

/**
 * One index on an OpenSearch server, shared by every node: an alias ({@code rasd.search.index-name}) over the index the
 * last rebuild made, with the Arabic analysis of {@link OpenSearchSettings}. Changes are written with a refresh, so a
 * change indexed by one node is found on every node at once; a rebuild fills a new index and moves the alias to it.
 */
final class OpenSearchBackend implements SearchBackend {

	private static final int BULK = 500;

	private final OpenSearchClient client;

	private final String alias;

	OpenSearchBackend(OpenSearchClient client, String alias) {
		this.client = client;
		this.alias = alias;
	}

	@Override
	public void apply(Collection<SearchDocument> upserts, Collection<String> deletes) {
		apply(upserts, deletes, Map.of());
	}

	/**
	 * Versions are external ({@code version_type=external_gte}): the server keeps a document of a higher version
	 * than the one sent and refuses the older (a version conflict, taken as done). A document without a version is
	 * written as the server's own next version.
	 */
	@Override
	public void apply(Collection<SearchDocument> upserts, Collection<String> deletes, Map<String, Long> versions) {
		if (!client.exists("/_alias/" + alias)) {
			// no index yet: the rebuild that makes it (queued at start-up) reads every record
			return;
		}
		StringBuilder lines = new StringBuilder();
		deletes.forEach(id -> lines.append(client.line(Map.of("delete", action(id, versions)))).append('\n'));
		for (SearchDocument doc : upserts) {
			lines.append(client.line(Map.of("index", action(DocumentMapper.id(doc.type(), doc.key()), versions))))
				.append('\n')
				.append(client.line(OpenSearchDocuments.toJson(doc)))
				.append('\n');
		}
		if (!lines.isEmpty()) {
			check(client.bulk("/" + alias + "/_bulk?refresh=true", lines));
		}
	}

	@Override
	public int rebuild(Consumer<Consumer<SearchDocument>> feeder) {
		return rebuild(0, feeder);
	}

	/**
	 * Fills a new index, each document with this external version when above 0 (so that an older change that a slow
	 * node indexes after the rebuild is refused, as between changes), then moves the alias to it.
	 */
	@Override
	public int rebuild(long version, Consumer<Consumer<SearchDocument>> feeder) {
		String index = alias + "-" + System.currentTimeMillis() + "-" + UUID.randomUUID().toString().substring(0, 8);
		client.send(HttpMethod.PUT, "/" + index, OpenSearchSettings.index());
		LoggerFactory.getLogger(OpenSearchBackend.class).info("Search index {} created on the server", index);
		int[] count = { 0 };
		StringBuilder lines = new StringBuilder();
		int[] pending = { 0 };
		feeder.accept(doc -> {
			String id = DocumentMapper.id(doc.type(), doc.key());
			Map<String, Object> action = version > 0 ? action(id, Map.of(id, version)) : Map.of("_id", id);
			lines.append(client.line(Map.of("index", action)))
				.append('\n')
				.append(client.line(OpenSearchDocuments.toJson(doc)))
				.append('\n');
			count[0]++;
			if (++pending[0] >= BULK) {
				check(client.bulk("/" + index + "/_bulk", lines));
				lines.setLength(0);
				pending[0] = 0;
			}
		});
		if (pending[0] > 0) {
			check(client.bulk("/" + index + "/_bulk", lines));
		}
		client.send(HttpMethod.POST, "/" + index + "/_refresh", null);
		List<String> old = indexesOfAlias();
		List<Object> actions = new ArrayList<>();
		actions.add(Map.of("add", Map.of("index", index, "alias", alias)));
		old.forEach(o -> actions.add(Map.of("remove", Map.of("index", o, "alias", alias))));
		client.send(HttpMethod.POST, "/_aliases", Map.of("actions", actions));
		for (String o : old) {
			client.send(HttpMethod.DELETE, "/" + o, null);
		}
		return count[0];
	}

	private List<String> indexesOfAlias() {
		if (!client.exists("/_alias/" + alias)) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		client.send(HttpMethod.GET, "/_alias/" + alias, null).properties().forEach(e -> names.add(e.getKey()));
		return names;
	}

	@Override
	public boolean complete() {
		if (!client.exists("/_alias/" + alias)) {
			return false;
		}
		JsonNode mappings = client.send(HttpMethod.GET, "/" + alias + "/_mapping", null);
		for (JsonNode index : mappings.values()) {
			if (!OpenSearchSettings.SCHEMA.equals(index.path("mappings").path("_meta").path("schema").asString(""))) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int size() {
		if (!client.exists("/_alias/" + alias)) {
			return 0;
		}
		return client.send(HttpMethod.GET, "/" + alias + "/_count", null).path("count").asInt();
	}

	@Override
	public String problem() {
		try {
			client.send(HttpMethod.GET, "/_cluster/health", null);
			return null;
		}
		catch (RestClientException ex) {
			return "the search server does not answer: " + ex.getClass().getSimpleName();
		}
	}

	@Override
	public boolean shared() {
		return true;
	}

	@Override
	public Found find(Query matching, Map<String, List<String>> filters, int offset, int size, Visibility visibility,
			boolean hitsOnly) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("from", offset);
		body.put("size", size);
		// hits only: counted as far as the page, which lets the server skip what cannot enter it
		body.put("track_total_hits", hitsOnly ? Math.max(offset + size, 1) : true);
		body.put("query", OpenSearchQueries.of(matching));
		Query chosen = LuceneBackend.facetFilter(filters, null);
		if (chosen != null) {
			body.put("post_filter", OpenSearchQueries.of(chosen));
		}
		if (!hitsOnly) {
			Map<String, Object> aggregations = new LinkedHashMap<>();
			for (String facet : DocumentMapper.FACETS) {
				Query others = LuceneBackend.facetFilter(filters, facet);
				aggregations.put(facet, Map.of("filter", others == null ? Map.of("match_all", Map.of())
						: OpenSearchQueries.of(others), "aggs", Map.of("values",
								Map.of("terms", Map.of("field", DocumentMapper.facetField(facet), "size", 500)))));
			}
			body.put("aggs", aggregations);
			body.put("highlight", Map.of("pre_tags", List.of(LuceneBackend.MARK), "post_tags", List.of("</mark>"),
					"encoder", "html", "type", "unified", "fields", Map.of(
							Analyzers.ARABIC, Map.of("fragment_size", 160, "number_of_fragments", 1, "no_match_size", 160),
							Analyzers.INTERNAL, Map.of("fragment_size", 160, "number_of_fragments", 1))));
		}
		body.put("_source", Map.of("excludes", List.of(Analyzers.ARABIC, Analyzers.INTERNAL, Analyzers.NAME,
				Analyzers.ENGLISH)));
		JsonNode answer;
		try {
			answer = client.send(HttpMethod.POST, "/" + alias + "/_search", body);
		}
		catch (HttpClientErrorException.NotFound ex) {
			return new Found(0, List.of(), Map.of());
		}
		List<Hit> hits = new ArrayList<>();
		for (JsonNode hit : answer.path("hits").path("hits")) {
			JsonNode source = hit.path("_source");
			boolean staff = visibility.readsInFull(OpenSearchDocuments.facts(source));
			String staffUrl = text(source, DocumentMapper.STAFF_URL);
			hits.add(new Hit(text(source, DocumentMapper.facetField("type")), text(source, DocumentMapper.KEY),
					text(source, DocumentMapper.REFERENCE), text(source, DocumentMapper.TITLE_AR),
					text(source, DocumentMapper.TITLE_EN),
					hitsOnly ? "" : LuceneBackend.snippet(first(hit, Analyzers.ARABIC), first(hit, Analyzers.INTERNAL),
							staff),
					staff && staffUrl != null ? staffUrl : text(source, DocumentMapper.URL)));
		}
		Map<String, Map<String, Integer>> facets = new HashMap<>();
		for (String facet : hitsOnly ? List.<String>of() : DocumentMapper.FACETS) {
			Map<String, Integer> counts = new HashMap<>();
			for (JsonNode bucket : answer.path("aggregations").path(facet).path("values").path("buckets")) {
				counts.put(bucket.path("key").asString(), bucket.path("doc_count").asInt());
			}
			facets.put(facet, counts);
		}
		return new Found(answer.path("hits").path("total").path("value").asLong(), hits, facets);
	}

	private static String first(JsonNode hit, String field) {
		JsonNode fragments = hit.path("highlight").path(field);
		return fragments.isArray() && !fragments.isEmpty() ? fragments.get(0).asString() : null;
	}

	private static String text(JsonNode source, String field) {
		JsonNode value = source.path(field);
		return value.isMissingNode() || value.isNull() ? null : value.asString();
	}

	private static Map<String, Object> action(String id, Map<String, Long> versions) {
		Long version = versions.get(id);
		return version == null ? Map.of("_id", id)
				: Map.of("_id", id, "version", version, "version_type", "external_gte");
	}

	private static void check(JsonNode bulk) {
		if (!bulk.path("errors").asBoolean(false)) {
			return;
		}
		for (JsonNode item : bulk.path("items")) {
			for (JsonNode result : item.values()) {
				// 404: removed already; 409: the index holds a newer version of the record
				int status = result.path("status").asInt();
				if (result.has("error") && status != 404 && status != 409) {
					throw new IllegalStateException("The search server refused a document: " + result.path("error"));
				}
			}
		}
	}
}
