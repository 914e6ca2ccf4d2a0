package ps.rasd.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.annotation.Order;

import ps.rasd.cases.CaseFollowUps;
import ps.rasd.cases.CaseQuery;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.Dashboard;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.spi.WorkSection;

/**
 * The cases on a person's start page: a monitor's fix checks due (follow-ups); a coordinator's (an administrator's:
 * every governorate's) cases waiting for verification, overdue referrals, fixes to confirm and replies to moderate.
 * Read through the queue's facade, so only what the person may read is counted.
 */
@Order(20)
class CaseWork implements WorkSection {

	private final CaseQueue queue;

	private final CaseFollowUps followUps;

	CaseWork(CaseQueue queue, CaseFollowUps followUps) {
		this.queue = queue;
		this.followUps = followUps;
	}

	@Override
	public List<WorkList> work(RasdPrincipal person, Locale locale) {
		Reader reader = person.reader();
		List<WorkList> lists = new ArrayList<>();
		if (reader.is(Role.MONITOR)) {
			List<CaseSummary> checks = followUps.myFollowUps(person);
			lists.add(new WorkList("cases.work.follow-ups", checks.size(), null, checks.stream().map(CaseWork::item)
				.toList()));
		}
		if (reader.is(Role.COORDINATOR) || reader.is(Role.ADMIN)) {
			Dashboard dashboard = queue.dashboard(person);
			lists.add(list("cases.work.to-verify", dashboard.awaitingVerification(), "/cases?status=SUBMITTED&oldest=true",
					new CaseQuery(Set.of(CaseStatus.SUBMITTED), null, null, null, null, false, true), person));
			lists.add(list("cases.work.overdue", dashboard.overdue(), "/cases?overdue=true&oldest=true",
					new CaseQuery(Set.of(), null, null, null, null, true, true), person));
			lists.add(list("cases.work.to-confirm", dashboard.awaitingConfirmation(), "/cases?status=RESOLVED&oldest=true",
					new CaseQuery(Set.of(CaseStatus.RESOLVED), null, null, null, null, false, true), person));
			lists.add(new WorkList("cases.work.replies", dashboard.repliesToModerate(), "/cases", List.of()));
		}
		return lists;
	}

	private WorkList list(String title, long count, String link, CaseQuery query, RasdPrincipal person) {
		List<WorkItem> items = count == 0 ? List.of()
				: queue.queue(query, 0, WorkList.SHOWN, person).items().stream().map(CaseWork::item).toList();
		return new WorkList(title, count, link, items);
	}

	private static WorkItem item(CaseSummary c) {
		return new WorkItem(c.title(), c.reference(), "/cases/" + c.reference(),
				c.dueAt() != null ? c.dueAt() : c.createdAt());
	}
}
