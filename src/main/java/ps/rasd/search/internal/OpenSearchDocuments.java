package ps.rasd.search.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import ps.rasd.shared.Tier;
import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.spi.SearchDocument;

/** A {@link SearchDocument} as the JSON of the OpenSearch index: the fields {@link DocumentMapper} gives Lucene. */
final class OpenSearchDocuments {

	private OpenSearchDocuments() {
	}

	static Map<String, Object> toJson(SearchDocument source) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put(DocumentMapper.ID, DocumentMapper.id(source.type(), source.key()));
		doc.put(DocumentMapper.KEY, source.key());
		if (source.reference() != null) {
			doc.put(DocumentMapper.REFERENCE, source.reference());
			doc.put(DocumentMapper.REFERENCE_KEY, source.reference().strip().toLowerCase(Locale.ROOT));
		}
		doc.put(DocumentMapper.TITLE_AR, source.title().ar());
		List<String> english = new ArrayList<>(source.names());
		if (source.title().en() != null) {
			doc.put(DocumentMapper.TITLE_EN, source.title().en());
			english.add(source.title().en());
		}
		doc.put(Analyzers.NAME, source.names());
		doc.put(DocumentMapper.NAME_KEY, source.names().stream().map(Analyzers::nameKey).toList());
		doc.put(Analyzers.ENGLISH, english);
		String text = source.publicText();
		doc.put(Analyzers.ARABIC, text == null || text.isBlank() ? source.title().ar() : source.title().ar() + "\n" + text);
		if (source.internalText() != null && !source.internalText().isBlank()) {
			doc.put(Analyzers.INTERNAL, source.internalText());
		}
		facet(doc, "type", source.type());
		facet(doc, "governorate", source.governorateCode());
		facet(doc, "sector", source.sectorCode());
		facet(doc, "status", source.status());
		facet(doc, "year", source.year() == null ? null : source.year().toString());
		doc.put(DocumentMapper.TIER, source.tier().name());
		doc.put(DocumentMapper.EMBARGO, source.embargoUntil() == null ? 0 : source.embargoUntil().toEpochDay());
		if (source.ownerAccountId() != null) {
			doc.put(DocumentMapper.OWNER, source.ownerAccountId().toString());
		}
		doc.put(DocumentMapper.ASSIGNEE, source.assigneeIds().stream().map(String::valueOf).sorted().toList());
		if (source.organisationId() != null) {
			doc.put(DocumentMapper.ORGANISATION, source.organisationId().toString());
		}
		doc.put(DocumentMapper.URL, source.url());
		if (source.staffUrl() != null) {
			doc.put(DocumentMapper.STAFF_URL, source.staffUrl());
		}
		return doc;
	}

	private static void facet(Map<String, Object> doc, String facet, String value) {
		if (value != null && !value.isBlank()) {
			doc.put(DocumentMapper.facetField(facet), value);
		}
	}

	/** The facts of a found document, as the read rules test them (as {@link LuceneScope#facts} for Lucene). */
	static AccessFacts facts(JsonNode source) {
		long day = source.path(DocumentMapper.EMBARGO).asLong(0);
		Set<Long> assignees = new HashSet<>();
		source.path(DocumentMapper.ASSIGNEE).forEach(a -> assignees.add(Long.valueOf(a.asString())));
		String tier = source.path(DocumentMapper.TIER).asString(null);
		return new AccessFacts(source.path(DocumentMapper.facetField("governorate")).asString(null),
				tier == null ? Tier.INTERNAL : Tier.valueOf(tier),
				day == 0 ? null : AccessFacts.startOf(LocalDate.ofEpochDay(day)),
				number(source, DocumentMapper.OWNER), assignees, number(source, DocumentMapper.ORGANISATION));
	}

	private static Long number(JsonNode source, String field) {
		String value = source.path(field).asString(null);
		return value == null ? null : Long.valueOf(value);
	}
}
