package ps.rasd.polls.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ps.rasd.polls.PollAnalysis;
import ps.rasd.polls.PollSummary;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.SearchDocument;
import ps.rasd.shared.spi.SearchSource;

/** Polls with published results in the search index: title, purpose and population, public tier. */
@Component
class PollSearchSource implements SearchSource {

	static final String TYPE = PollAnalysis.SEARCH_TYPE;

	private final PollAnalysis analysis;

	private final MessageSource messages;

	PollSearchSource(PollAnalysis analysis, MessageSource messages) {
		this.analysis = analysis;
		this.messages = messages;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public List<SearchDocument> documents(Collection<String> keys) {
		return analysis.publishedPolls().stream().filter(p -> keys.contains(p.code())).map(PollSearchSource::document)
			.toList();
	}

	@Override
	public void forEachDocument(Consumer<SearchDocument> sink) {
		analysis.publishedPolls().stream().map(PollSearchSource::document).forEach(sink);
	}

	@Override
	public Optional<LocalizedText> facetLabel(String facet, String value) {
		if (facet.equals("type") && value.equals(TYPE)) {
			return Optional.of(new LocalizedText(messages.getMessage("polls.public.search-type", null,
					Locale.forLanguageTag("ar")), messages.getMessage("polls.public.search-type", null, Locale.ENGLISH)));
		}
		return Optional.empty();
	}

	private static SearchDocument document(PollSummary p) {
		StringBuilder text = new StringBuilder();
		for (LocalizedText t : new LocalizedText[] { p.purpose(), p.population() }) {
			if (t != null) {
				text.append(t.ar()).append('\n').append(t.en() == null ? "" : t.en()).append('\n');
			}
		}
		return SearchDocument.reference(TYPE, p.code(), p.code(), p.title(), List.of(), text.toString().strip(), null,
				null, null, "/opinion-polls/" + p.code());
	}
}
