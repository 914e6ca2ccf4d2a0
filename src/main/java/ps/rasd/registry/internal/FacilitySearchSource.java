package ps.rasd.registry.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.PlaceSummary;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.FacilityTypeSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.registry.SectorSummary;
import ps.rasd.registry.domain.Facility;
import ps.rasd.registry.domain.FacilityRepository;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.SearchDocument;
import ps.rasd.shared.spi.SearchSource;

/** Facilities in the search index: public, found by name (with a typo), type, place and address. */
class FacilitySearchSource implements SearchSource {

	private static final int BATCH = 500;

	private final FacilityRepository facilities;

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	private final RegistryLabels labels;

	private final TransactionTemplate readOnly;

	FacilitySearchSource(FacilityRepository facilities, RegistryManagement registry, GeographyManagement geography,
			MessageSource messages, PlatformTransactionManager transactions) {
		this.facilities = facilities;
		this.registry = registry;
		this.geography = geography;
		this.labels = new RegistryLabels(registry, messages);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public String type() {
		return RegistryManagement.FACILITY;
	}

	@Override
	public List<SearchDocument> documents(Collection<String> keys) {
		List<Long> ids = keys.stream().filter(k -> k.matches("\\d{1,18}")).map(Long::valueOf).toList();
		return readOnly.execute(tx -> toDocuments(facilities.findAllById(ids)));
	}

	@Override
	public void forEachDocument(Consumer<SearchDocument> sink) {
		for (int page = 0;; page++) {
			int number = page;
			List<SearchDocument> batch = readOnly.execute(tx -> toDocuments(
					facilities.findAll(PageRequest.of(number, BATCH, Sort.by("id"))).getContent()));
			batch.forEach(sink);
			if (batch.size() < BATCH) {
				return;
			}
		}
	}

	@Override
	public Optional<LocalizedText> facetLabel(String facet, String value) {
		if (facet.equals("type") && value.equals(type())) {
			return Optional.of(labels.message("registry.search.facility"));
		}
		if (facet.equals("status") && java.util.Arrays.stream(FacilityStatus.values())
			.anyMatch(s -> s.name().equals(value))) {
			return Optional.of(labels.message("registry.status." + value));
		}
		return labels.facetLabel(facet, value);
	}

	private List<SearchDocument> toDocuments(List<Facility> found) {
		Map<Long, String> sectorCodes = new HashMap<>();
		registry.sectors().forEach(s -> sectorCodes.put(s.id(), s.code()));
		Map<String, FacilityTypeSummary> types = registry.facilityTypes();
		Map<Long, Optional<PlaceSummary>> places = new HashMap<>();
		List<SearchDocument> result = new ArrayList<>();
		for (Facility facility : found) {
			FacilitySummary f = facility.toSummary(sectorCodes.get(facility.getSectorId()));
			List<String> text = new ArrayList<>();
			FacilityTypeSummary kind = types.get(f.typeCode());
			if (kind != null) {
				text.add(kind.name().toString());
			}
			if (f.placeId() != null) {
				places.computeIfAbsent(f.placeId(), geography::place).ifPresent(p -> text.add(p.name().toString()));
			}
			if (f.address() != null) {
				text.add(f.address());
			}
			result.add(SearchDocument.reference(type(), String.valueOf(f.id()), null, f.name(),
					List.of(f.name().ar(), f.name().en() == null ? "" : f.name().en()), String.join("\n", text),
					f.governorateCode(), f.sectorCode(), f.status().name(), "/facilities/" + f.id()));
		}
		return result;
	}

	/** Labels of sectors and governorates, shared by the registry's sources. */
	static final class RegistryLabels {

		private final RegistryManagement registry;

		private final MessageSource messages;

		RegistryLabels(RegistryManagement registry, MessageSource messages) {
			this.registry = registry;
			this.messages = messages;
		}

		LocalizedText message(String code) {
			return new LocalizedText(messages.getMessage(code, null, java.util.Locale.forLanguageTag("ar")),
					messages.getMessage(code, null, java.util.Locale.ENGLISH));
		}

		Optional<LocalizedText> facetLabel(String facet, String value) {
			if (facet.equals("sector")) {
				return registry.sectors().stream().filter(s -> s.code().equals(value)).findFirst()
					.map(SectorSummary::name);
			}
			return Optional.empty();
		}
	}
}
