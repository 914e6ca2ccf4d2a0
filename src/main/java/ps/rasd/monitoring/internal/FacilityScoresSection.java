package ps.rasd.monitoring.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;
import ps.rasd.forms.FormsManagement;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.VisitSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.FacilityPageSection;

/**
 * Monitoring's part of a facility page, for signed-in staff: start a visit (monitors and coordinators of the
 * governorate), and the score history of approved visits with the latest indicator breakdown. The public sees
 * nothing here until findings are published.
 */
class FacilityScoresSection implements FacilityPageSection {

	private final MonitoringManagement monitoring;

	private final RegistryManagement registry;

	private final FormsManagement forms;

	FacilityScoresSection(MonitoringManagement monitoring, RegistryManagement registry, FormsManagement forms) {
		this.monitoring = monitoring;
		this.registry = registry;
		this.forms = forms;
	}

	@Override
	public Rendered render(long facilityId, RasdPrincipal viewer, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		Reader reader = Reader.of(viewer);
		boolean staff = reader.readsEverything() || reader.is(Role.COORDINATOR) || reader.is(Role.MONITOR);
		model.put("staff", staff);
		if (!staff) {
			List<VisitSummary> shared = monitoring.sharedVisits(facilityId, viewer);
			model.put("history", shared);
			model.put("full", List.of());
			model.put("canVisit", false);
			model.put("forms", List.of());
			VisitSummary latestShared = shared.isEmpty() ? null : shared.get(shared.size() - 1);
			model.put("latest", latestShared);
			Map<String, ps.rasd.shared.LocalizedText> sharedNames = new java.util.LinkedHashMap<>();
			if (latestShared != null) {
				forms.version(latestShared.formVersionId()).definition().indicators()
					.forEach(i -> sharedNames.put(i.code(), i.name()));
			}
			model.put("indicatorNames", sharedNames);
			return new Rendered("monitoring/section", "section", model);
		}
		var facility = registry.facility(facilityId);
		model.put("facilityId", facilityId);
		model.put("canVisit", MonitoringManagement.mayMonitor(viewer, facility.governorateCode()));
		model.put("forms", forms.answerable(facility.sectorCode()));
		model.put("key", java.util.UUID.randomUUID().toString());
		List<VisitSummary> history = monitoring.approvedVisits(facilityId, viewer);
		model.put("history", history);
		// a visit read only as its shared copy carries no monitor: its page is not theirs to open
		model.put("full", history.stream().filter(v -> v.monitorId() != 0).map(VisitSummary::id).toList());
		VisitSummary latest = history.isEmpty() ? null : history.get(history.size() - 1);
		model.put("latest", latest);
		Map<String, ps.rasd.shared.LocalizedText> names = new java.util.LinkedHashMap<>();
		if (latest != null) {
			forms.version(latest.formVersionId()).definition().indicators().forEach(i -> names.put(i.code(), i.name()));
		}
		model.put("indicatorNames", names);
		return new Rendered("monitoring/section", "section", model);
	}
}
