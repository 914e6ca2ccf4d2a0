package ps.rasd.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.domain.FollowUpRepository;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.PlaceSummary;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.SearchDocument;
import ps.rasd.shared.spi.SearchSource;

/**
 * Cases in the search index. Anyone may search a public case's redacted copy (published title and story), place,
 * facility and public notes; the reporter's own title and words only staff who may work on it. The reporter's name and
 * contacts are never given.
 */
class CaseSearchSource implements SearchSource {

	static final String TYPE = "case";

	private static final int BATCH = 500;

	private final CaseFileRepository cases;

	private final FollowUpRepository followUps;

	private final GeographyManagement geography;

	private final RegistryManagement registry;

	private final MessageSource messages;

	private final TransactionTemplate readOnly;

	CaseSearchSource(CaseFileRepository cases, FollowUpRepository followUps, GeographyManagement geography, RegistryManagement registry,
			MessageSource messages, PlatformTransactionManager transactions) {
		this.cases = cases;
		this.followUps = followUps;
		this.geography = geography;
		this.registry = registry;
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
		return readOnly.execute(tx -> toDocuments(cases.findAllById(ids), new HashMap<>()));
	}

	/**
	 * Every case, 500 at a time after the last id read (an offset would make the database skip over every case read
	 * before, on each batch); the places are looked up once for the whole walk.
	 */
	@Override
	public void forEachDocument(Consumer<SearchDocument> sink) {
		Map<Long, Optional<PlaceSummary>> places = new HashMap<>();
		long after = 0;
		for (;;) {
			long last = after;
			List<SearchDocument> batch = readOnly.execute(
					tx -> toDocuments(cases.findTop500ByIdGreaterThanOrderByIdAsc(last), places));
			batch.forEach(sink);
			if (batch.size() < BATCH) {
				return;
			}
			after = Long.parseLong(batch.get(batch.size() - 1).key());
		}
	}

	@Override
	public Optional<LocalizedText> facetLabel(String facet, String value) {
		if (facet.equals("type") && value.equals(TYPE)) {
			return Optional.of(label("cases.search.type"));
		}
		if (facet.equals("status") && java.util.Arrays.stream(CaseStatus.values()).anyMatch(s -> s.name().equals(value))) {
			return Optional.of(label("cases.status." + value));
		}
		return Optional.empty();
	}

	private LocalizedText label(String code) {
		return new LocalizedText(messages.getMessage(code, null, Locale.forLanguageTag("ar")),
				messages.getMessage(code, null, Locale.ENGLISH));
	}

	private List<SearchDocument> toDocuments(List<CaseFile> files, Map<Long, Optional<PlaceSummary>> places) {
		Map<Long, FacilitySummary> facilities = registry.facilities(files.stream()
			.map(f -> f.toSummary().facilityId()).filter(java.util.Objects::nonNull).distinct().toList());
		// the monitors sent to check a case find it, as they read it everywhere else
		Map<Long, Set<Long>> assignees = new HashMap<>();
		followUps.findByCaseIdIn(files.stream().map(CaseFile::getId).toList())
			.forEach(f -> assignees.computeIfAbsent(f.getCaseId(), id -> new HashSet<>()).add(f.getMonitorId()));
		List<SearchDocument> result = new ArrayList<>();
		for (CaseFile file : files) {
			CaseSummary c = file.toSummary();
			List<String> publicText = new ArrayList<>();
			if (c.placeId() != null) {
				places.computeIfAbsent(c.placeId(), geography::place)
					.ifPresent(p -> publicText.add(p.name().toString()));
			}
			FacilitySummary facility = c.facilityId() == null ? null : facilities.get(c.facilityId());
			if (facility != null) {
				publicText.add(facility.name().toString());
			}
			file.getEvents().stream().map(e -> e.toView(false).publicNote())
				.filter(n -> n != null && !n.isBlank()).forEach(publicText::add);
			// the public reads the redacted copy; the reporter's own title and words stay with the staff
			boolean copy = c.publicTitle() != null;
			if (copy && c.publicStory() != null) {
				publicText.add(c.publicStory());
			}
			String staffText = (copy ? c.title() + "\n" : "") + c.description();
			result.add(new SearchDocument(TYPE, String.valueOf(c.id()), c.reference(), new LocalizedText(copy
					? c.publicTitle() : c.title(), null), List.of(), String.join("\n", publicText), staffText,
					c.governorateCode(),
					c.sectorCode(), c.status().name(), LocalDate.ofInstant(c.createdAt(), CaseSummary.ZONE).getYear(),
					c.tier(), c.embargoUntil(), c.filedBy(), "/findings/" + c.reference(), "/cases/" + c.reference(),
					assignees.getOrDefault(c.id(), Set.of()), null));
		}
		return result;
	}
}
