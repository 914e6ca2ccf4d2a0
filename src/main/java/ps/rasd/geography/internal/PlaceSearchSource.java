package ps.rasd.geography.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.geography.PlaceSummary;
import ps.rasd.geography.domain.Place;
import ps.rasd.geography.domain.PlaceRepository;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.SearchDocument;
import ps.rasd.shared.spi.SearchSource;

/**
 * Places in the search index, found by their Arabic and English names and every other known spelling; and the
 * governorates' names for the search facets.
 */
class PlaceSearchSource implements SearchSource {

	static final String TYPE = "place";

	private final PlaceRepository places;

	private final GeographyManagement geography;

	private final MessageSource messages;

	private final TransactionTemplate readOnly;

	PlaceSearchSource(PlaceRepository places, GeographyManagement geography, MessageSource messages,
			PlatformTransactionManager transactions) {
		this.places = places;
		this.geography = geography;
		this.messages = messages;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public List<SearchDocument> documents(Collection<String> keys) {
		List<Long> ids = keys.stream().filter(k -> k.matches("\\d{1,18}")).map(Long::valueOf).toList();
		return readOnly.execute(tx -> places.findAllById(ids).stream().map(Place::toSummary).map(this::toDocument)
			.toList());
	}

	@Override
	public void forEachDocument(Consumer<SearchDocument> sink) {
		readOnly.execute(tx -> places.findAll(Sort.by("id")).stream().map(Place::toSummary).map(this::toDocument)
			.toList()).forEach(sink);
	}

	@Override
	public Optional<LocalizedText> facetLabel(String facet, String value) {
		if (facet.equals("type") && value.equals(TYPE)) {
			return Optional.of(new LocalizedText(messages.getMessage("geography.search.place", null,
					Locale.forLanguageTag("ar")), messages.getMessage("geography.search.place", null, Locale.ENGLISH)));
		}
		if (facet.equals("governorate")) {
			return geography.governorate(value).map(GovernorateSummary::name);
		}
		return Optional.empty();
	}

	private SearchDocument toDocument(PlaceSummary place) {
		List<String> names = new ArrayList<>();
		names.add(place.name().ar());
		if (place.name().en() != null) {
			names.add(place.name().en());
		}
		names.addAll(place.aliases());
		String governorate = geography.governorate(place.governorateCode()).map(g -> g.name().toString()).orElse("");
		return SearchDocument.reference(TYPE, String.valueOf(place.id()), null, place.name(), names, governorate,
				place.governorateCode(), null, null, "/governorates/" + place.governorateCode());
	}
}
