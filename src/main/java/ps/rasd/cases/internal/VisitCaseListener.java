package ps.rasd.cases.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ps.rasd.cases.CaseIntake;
import ps.rasd.monitoring.CaseRequested;
import ps.rasd.registry.IndicatorSummary;
import ps.rasd.registry.RegistryManagement;

/**
 * Files a case, prefilled from the visit, when a monitor or coordinator asks for one about a failing indicator. Runs
 * after the visit's transaction commits, from the event publication registry, so a crash in between loses nothing;
 * the same request handled twice files one case.
 */
@Component
class VisitCaseListener {

	private final CaseIntake cases;

	private final RegistryManagement registry;

	VisitCaseListener(CaseIntake cases, RegistryManagement registry) {
		this.cases = cases;
		this.registry = registry;
	}

	@ApplicationModuleListener
	void on(CaseRequested request) {
		String name = registry.sectors().stream()
			.flatMap(s -> s.indicators().stream())
			.filter(i -> i.code().equals(request.indicatorCode()))
			.findFirst()
			.map(IndicatorSummary::name)
			.map(n -> n.ar())
			.orElse(request.indicatorCode());
		cases.fileFromVisit(request.visitId(), request.visitReference(), request.facilityId(), request.indicatorCode(),
				name + " (" + request.score().stripTrailingZeros().toPlainString() + ")", request.requestedBy());
	}
}
