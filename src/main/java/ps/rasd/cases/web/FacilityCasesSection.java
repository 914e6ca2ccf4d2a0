package ps.rasd.cases.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import ps.rasd.cases.CaseManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.FacilityPageSection;

/**
 * The cases' part of a facility page: everyone may report a problem there; staff may file a case and see the open
 * cases at the facility they may read.
 */
@Component
class FacilityCasesSection implements FacilityPageSection {

	private final CaseManagement cases;

	FacilityCasesSection(CaseManagement cases) {
		this.cases = cases;
	}

	@Override
	public Rendered render(long facilityId, RasdPrincipal viewer, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		boolean staff = viewer != null && (viewer.isAdmin() || viewer.hasRole("COORDINATOR")
				|| viewer.hasRole("MONITOR") || viewer.hasRole("PARTNER"));
		model.put("facilityId", facilityId);
		model.put("staff", staff);
		model.put("open", cases.openAt(facilityId, viewer));
		return new Rendered("cases/section", "section", model);
	}
}
