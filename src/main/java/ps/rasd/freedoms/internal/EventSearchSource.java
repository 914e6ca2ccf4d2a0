package ps.rasd.freedoms.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;


import ps.rasd.freedoms.FreedomsManagement;
import ps.rasd.freedoms.FreedomsPublication;
import ps.rasd.freedoms.FreedomsVocabularies;
import ps.rasd.freedoms.PublishedEvent;
import ps.rasd.freedoms.TermKind;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.SearchDocument;
import ps.rasd.shared.spi.SearchSource;

/**
 * Published copies in the search: the published title and redacted text, the types of event and acts and the
 * governorate in both languages. What was never published, or was withdrawn, has no document; no internal text
 * is given, so the index never holds an internal narrative or an identity.
 */
class EventSearchSource implements SearchSource {

	private final FreedomsPublication publication;

	private final FreedomsVocabularies vocabularies;

	private final GeographyManagement geography;

	EventSearchSource(FreedomsPublication publication, FreedomsVocabularies vocabularies,
			GeographyManagement geography) {
		this.publication = publication;
		this.vocabularies = vocabularies;
		this.geography = geography;
	}

	@Override
	public String type() {
		return FreedomsManagement.SUBJECT;
	}

	@Override
	public List<SearchDocument> documents(Collection<String> keys) {
		Map<TermKind, Map<String, LocalizedText>> labels = vocabularies.labels();
		List<SearchDocument> documents = new ArrayList<>();
		for (String key : keys) {
			publication.publishedCopy(key).ifPresent(copy -> documents.add(document(copy, labels)));
		}
		return documents;
	}

	@Override
	public void forEachDocument(Consumer<SearchDocument> sink) {
		Map<TermKind, Map<String, LocalizedText>> labels = vocabularies.labels();
		for (String reference : publication.publishedReferences()) {
			publication.publishedCopy(reference).ifPresent(copy -> sink.accept(document(copy, labels)));
		}
	}

	@Override
	public Optional<LocalizedText> facetLabel(String facet, String value) {
		if (facet.equals("type") && value.equals(type())) {
			return Optional.of(new LocalizedText("انتهاكات الحريات", "Violations of freedoms"));
		}
		return Optional.empty();
	}

	private SearchDocument document(PublishedEvent copy, Map<TermKind, Map<String, LocalizedText>> labels) {
		List<String> text = new ArrayList<>();
		if (copy.narrative() != null) {
			text.add(copy.narrative());
		}
		addLabel(text, labels.get(TermKind.EVENT_TYPE).get(copy.eventType()));
		copy.actTypes().forEach(a -> addLabel(text, labels.get(TermKind.ACT_TYPE).get(a)));
		copy.rights().forEach(r -> addLabel(text, labels.get(TermKind.RIGHT).get(r)));
		geography.governorate(copy.governorateCode()).ifPresent(g -> addLabel(text, g.name()));
		return new SearchDocument(type(), copy.reference(), copy.reference(), new LocalizedText(copy.title(), null),
				List.of(), String.join("\n", text), null, copy.governorateCode(), null, null,
				copy.dateFrom().getYear(), copy.tier(), copy.embargoUntil(), null,
				"/violations/" + copy.reference(), null);
	}

	private static void addLabel(List<String> text, LocalizedText label) {
		if (label != null) {
			text.add(label.ar());
			if (label.en() != null) {
				text.add(label.en().toLowerCase(Locale.ROOT));
			}
		}
	}

}
