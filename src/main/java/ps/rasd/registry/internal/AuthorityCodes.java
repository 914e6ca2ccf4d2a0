package ps.rasd.registry.internal;

import java.util.LinkedHashMap;
import java.util.Map;


import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.CodeList;

/** The active authorities by id, for other modules' filters. */
class AuthorityCodes implements CodeList {

	private final RegistryManagement registry;

	AuthorityCodes(RegistryManagement registry) {
		this.registry = registry;
	}

	@Override
	public String name() {
		return AUTHORITIES;
	}

	@Override
	public Map<String, LocalizedText> entries() {
		Map<String, LocalizedText> entries = new LinkedHashMap<>();
		for (AuthoritySummary a : registry.authorities()) {
			if (a.active()) {
				entries.put(String.valueOf(a.id()), a.name());
			}
		}
		return entries;
	}
}
