package ps.rasd.cases.internal;

import java.util.Locale;

import org.springframework.core.annotation.Order;

import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.FacilityPageSection.Rendered;
import ps.rasd.shared.spi.SectorPageSection;

/** The cases on a sector's page: published counts, the latest published cases and the authorities there. */
@Order(20)
class SectorCasesSection implements SectorPageSection {

	private final AreaCases cases;

	SectorCasesSection(AreaCases cases) {
		this.cases = cases;
	}

	@Override
	public Rendered render(String sectorCode, RasdPrincipal viewer, Locale locale) {
		return new Rendered("cases/area", "section", cases.model(null, sectorCode, viewer));
	}
}
