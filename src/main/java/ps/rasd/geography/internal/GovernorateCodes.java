package ps.rasd.geography.internal;

import java.util.LinkedHashMap;
import java.util.Map;


import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.CodeList;

/** The sixteen governorates by PCBS code, in PCBS order, for other modules' filters. */
class GovernorateCodes implements CodeList {

	private final GeographyManagement geography;

	GovernorateCodes(GeographyManagement geography) {
		this.geography = geography;
	}

	@Override
	public String name() {
		return GOVERNORATES;
	}

	@Override
	public Map<String, LocalizedText> entries() {
		Map<String, LocalizedText> entries = new LinkedHashMap<>();
		for (GovernorateSummary g : geography.governorates()) {
			entries.put(g.code(), g.name());
		}
		return entries;
	}
}
