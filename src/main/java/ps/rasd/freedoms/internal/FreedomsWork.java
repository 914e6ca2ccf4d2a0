package ps.rasd.freedoms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;

import ps.rasd.freedoms.EventFilter;
import ps.rasd.freedoms.EventStatus;
import ps.rasd.freedoms.EventSummary;
import ps.rasd.freedoms.FreedomsManagement;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.spi.WorkSection;

/**
 * The documentation team's part of the start page: events reported and not yet looked at, and events being verified,
 * of the governorates the person documents (the documentation read rule, through the facade).
 */
@Order(40)
class FreedomsWork implements WorkSection {

	private final FreedomsManagement freedoms;

	FreedomsWork(FreedomsManagement freedoms) {
		this.freedoms = freedoms;
	}

	@Override
	public List<WorkList> work(RasdPrincipal person, Locale locale) {
		Reader reader = person.reader();
		if (!(reader.is(Role.DOCUMENTER) || reader.is(Role.ADMIN)) || !freedoms.documents(person)) {
			return List.of();
		}
		List<WorkList> lists = new ArrayList<>();
		lists.add(list("freedoms.work.reported", EventStatus.INITIAL_REPORT, person));
		lists.add(list("freedoms.work.verifying", EventStatus.BEING_VERIFIED, person));
		return lists;
	}

	private WorkList list(String title, EventStatus status, RasdPrincipal person) {
		PageResult<EventSummary> found = freedoms.list(new EventFilter(null, status, null, null, null), 0,
				WorkList.SHOWN, person);
		return new WorkList(title, found.totalItems(), "/freedoms?status=" + status.name(), found.items().stream()
			.map(e -> new WorkItem(e.title(), e.reference(), "/freedoms/" + e.reference(), e.dateFrom()))
			.toList());
	}
}
