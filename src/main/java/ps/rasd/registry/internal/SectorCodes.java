package ps.rasd.registry.internal;

import java.util.LinkedHashMap;
import java.util.Map;


import ps.rasd.registry.RegistryManagement;
import ps.rasd.registry.SectorSummary;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.CodeList;

/** The sectors by code, in their order, for other modules' filters. */
class SectorCodes implements CodeList {

	private final RegistryManagement registry;

	SectorCodes(RegistryManagement registry) {
		this.registry = registry;
	}

	@Override
	public String name() {
		return SECTORS;
	}

	@Override
	public Map<String, LocalizedText> entries() {
		Map<String, LocalizedText> entries = new LinkedHashMap<>();
		for (SectorSummary s : registry.sectors()) {
			entries.put(s.code(), s.name());
		}
		return entries;
	}
}
