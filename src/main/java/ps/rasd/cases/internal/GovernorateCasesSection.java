package ps.rasd.cases.internal;

import java.util.Locale;

import org.springframework.core.annotation.Order;

import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.FacilityPageSection.Rendered;
import ps.rasd.shared.spi.GovernoratePageSection;

/** The cases on a governorate's page: published counts, the latest published cases and the authorities there. */
@Order(20)
class GovernorateCasesSection implements GovernoratePageSection {

	private final AreaCases cases;

	GovernorateCasesSection(AreaCases cases) {
		this.cases = cases;
	}

	@Override
	public Rendered render(String governorateCode, RasdPrincipal viewer, Locale locale) {
		return new Rendered("cases/area", "section", cases.model(governorateCode, null, viewer));
	}
}
