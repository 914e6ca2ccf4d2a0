package ps.rasd.monitoring.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.annotation.Order;

import ps.rasd.monitoring.AssignmentSummary;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.RoundPlanning;
import ps.rasd.monitoring.VisitStatus;
import ps.rasd.monitoring.VisitSummary;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.spi.WorkSection;

/**
 * The visits on a person's start page: a monitor's visits to do (open assignments, soonest due first) and visits sent
 * back to them; a coordinator's (an administrator's) submitted visits waiting for review. Read through the facades,
 * which apply the visit read rule.
 */
@Order(10)
class MonitoringWork implements WorkSection {

	private final MonitoringManagement monitoring;

	private final RoundPlanning rounds;

	private final RegistryManagement registry;

	MonitoringWork(MonitoringManagement monitoring, RoundPlanning rounds, RegistryManagement registry) {
		this.monitoring = monitoring;
		this.rounds = rounds;
		this.registry = registry;
	}

	@Override
	public List<WorkList> work(RasdPrincipal person, Locale locale) {
		Reader reader = person.reader();
		List<WorkList> lists = new ArrayList<>();
		if (reader.is(Role.MONITOR)) {
			List<AssignmentSummary> todo = rounds.open(person);
			Map<Long, FacilitySummary> places = facilities(todo.stream().limit(WorkList.SHOWN)
				.map(AssignmentSummary::facilityId).toList());
			lists.add(new WorkList("monitoring.work.to-do", todo.size(), null, todo.stream().map(a -> new WorkItem(
					name(places.get(a.facilityId()), locale), null,
					a.visitId() != null ? "/visits/" + a.visitId() + "/edit" : "/facilities/" + a.facilityId(),
					a.dueOn())).toList()));
			lists.add(visits("monitoring.work.sent-back", VisitStatus.HAS_ISSUES, "/edit", person, locale));
		}
		if (reader.is(Role.COORDINATOR) || reader.is(Role.ADMIN)) {
			lists.add(visits("monitoring.work.to-review", VisitStatus.SUBMITTED, "", person, locale));
		}
		return lists;
	}

	private WorkList visits(String title, VisitStatus status, String page, RasdPrincipal person, Locale locale) {
		PageResult<VisitSummary> found = monitoring.visits(status, null, null, 0, WorkList.SHOWN, person);
		Map<Long, FacilitySummary> places = facilities(found.items().stream().map(VisitSummary::facilityId).toList());
		return new WorkList(title, found.totalItems(), "/visits?status=" + status.name(), found.items().stream()
			.map(v -> new WorkItem(name(places.get(v.facilityId()), locale), v.reference(),
					"/visits/" + v.id() + page, v.submittedAt() != null ? v.submittedAt() : v.updatedAt()))
			.toList());
	}

	private Map<Long, FacilitySummary> facilities(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of() : registry.facilities(ids);
	}

	private static String name(FacilitySummary facility, Locale locale) {
		return facility == null ? "" : facility.name().in(locale);
	}
}
