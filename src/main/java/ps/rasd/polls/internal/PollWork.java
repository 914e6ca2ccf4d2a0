package ps.rasd.polls.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;

import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollStatus;
import ps.rasd.polls.PollSummary;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.WorkSection;

/**
 * The polls on a person's start page: an analyst's (an administrator's) polls in fieldwork, with their closing day;
 * for monitors and coordinators who interview, the polls that take their interviews.
 */
@Order(30)
class PollWork implements WorkSection {

	private final PollManagement polls;

	PollWork(PollManagement polls) {
		this.polls = polls;
	}

	@Override
	public List<WorkList> work(RasdPrincipal person, Locale locale) {
		List<WorkList> lists = new ArrayList<>();
		if (PollManagement.runsPolls(person)) {
			List<PollSummary> fieldwork = polls.polls(person).stream()
				.filter(p -> p.status() == PollStatus.FIELDWORK).toList();
			lists.add(new WorkList("polls.work.fieldwork", fieldwork.size(), "/polls", fieldwork.stream()
				.map(p -> new WorkItem(p.title().in(locale), p.code(), "/polls/" + p.id(), p.fieldworkEnd()))
				.toList()));
		}
		else if (PollManagement.interviews(person)) {
			List<PollSummary> interviewing = polls.interviewing(person);
			if (!interviewing.isEmpty()) {
				lists.add(new WorkList("polls.work.interviews", interviewing.size(), null, interviewing.stream()
					.map(p -> new WorkItem(p.title().in(locale), null, "/polls/" + p.id() + "/interview",
							p.fieldworkEnd()))
					.toList()));
			}
		}
		return lists;
	}
}
