package ps.rasd.registry.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.registry.domain.Authority;
import ps.rasd.registry.domain.AuthorityRepository;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.SearchDocument;
import ps.rasd.shared.spi.SearchSource;

/** Authorities in the search index: public, found by name (with a typo), kind and address. */
class AuthoritySearchSource implements SearchSource {

	private final AuthorityRepository authorities;

	private final RegistryManagement registry;

	private final FacilitySearchSource.RegistryLabels labels;

	private final TransactionTemplate readOnly;

	AuthoritySearchSource(AuthorityRepository authorities, RegistryManagement registry, MessageSource messages,
			PlatformTransactionManager transactions) {
		this.authorities = authorities;
		this.registry = registry;
		this.labels = new FacilitySearchSource.RegistryLabels(registry, messages);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public String type() {
		return RegistryManagement.AUTHORITY;
	}

	@Override
	public List<SearchDocument> documents(Collection<String> keys) {
		List<Long> ids = keys.stream().filter(k -> k.matches("\\d{1,18}")).map(Long::valueOf).toList();
		return readOnly.execute(tx -> toDocuments(authorities.findAllById(ids)));
	}

	@Override
	public void forEachDocument(Consumer<SearchDocument> sink) {
		readOnly.execute(tx -> toDocuments(authorities.findAllByOrderByIdAsc())).forEach(sink);
	}

	@Override
	public Optional<LocalizedText> facetLabel(String facet, String value) {
		if (facet.equals("type") && value.equals(type())) {
			return Optional.of(labels.message("registry.search.authority"));
		}
		return labels.facetLabel(facet, value);
	}

	private List<SearchDocument> toDocuments(List<Authority> found) {
		Map<Long, String> sectorCodes = new HashMap<>();
		registry.sectors().forEach(s -> sectorCodes.put(s.id(), s.code()));
		List<SearchDocument> result = new ArrayList<>();
		for (Authority authority : found) {
			AuthoritySummary a = authority.toSummary(authority.getSectorId() == null ? null
					: sectorCodes.get(authority.getSectorId()));
			List<String> text = new ArrayList<>();
			text.add(labels.message("registry.kind." + a.kind().name()).toString());
			if (a.address() != null) {
				text.add(a.address());
			}
			result.add(SearchDocument.reference(type(), String.valueOf(a.id()), null, a.name(),
					List.of(a.name().ar(), a.name().en() == null ? "" : a.name().en()), String.join("\n", text),
					a.governorateCode(), a.sectorCode(), null, "/authorities/" + a.id()));
		}
		return result;
	}
}
