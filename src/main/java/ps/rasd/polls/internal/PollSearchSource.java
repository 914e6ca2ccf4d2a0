package ps.rasd.polls.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;

import ps.rasd.polls.PollAnalysis;
import ps.rasd.polls.PollPublication;
import ps.rasd.polls.PollSummary;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.SearchDocument;
import ps.rasd.shared.spi.SearchSource;

/** Polls with published results in the search index: title, purpose and population, public tier. */
public class PollSearchSource implements SearchSource {

	static final String TYPE = PollAnalysis.SEARCH_TYPE;

	private final PollPublication publication;

	private final MessageSource messages;

	PollSearchSource(PollPublication publication, MessageSource messages) {
		this.publication = publication;
		this.messages = messages;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public List<SearchDocument> documents(Collection<String> keys) {
		return publication.publishedPolls().stream().filter(p -> keys.contains(p.code())).map(PollSearchSource::document)
			.toList();
	}

	@Override
	public void forEachDocument(Consumer<SearchDocument> sink) {
		publication.publishedPolls().stream().map(PollSearchSource::document).forEach(sink);
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
