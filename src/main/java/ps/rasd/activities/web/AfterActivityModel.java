package ps.rasd.activities.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import ps.rasd.activities.ActivitiesManagement;
import ps.rasd.activities.ActivitySummary;
import ps.rasd.activities.Invitations;
import ps.rasd.network.Segments;
import ps.rasd.shared.RasdPrincipal;

/** What the staff page of an activity shows beyond the activity itself: invitations and what follows it. */
@Component
class AfterActivityModel {

	private final ActivitiesManagement activities;

	private final Invitations invitations;

	private final Segments segments;

	AfterActivityModel(ActivitiesManagement activities, Invitations invitations, Segments segments) {
		this.activities = activities;
		this.invitations = invitations;
		this.segments = segments;
	}

	void fill(ActivitySummary activity, RasdPrincipal actor, Model model) {
		boolean writer = activities.writes(activity.details().governorateCode(), actor);
		model.addAttribute("invitationCounts", invitations.counts(activity.id(), actor));
		model.addAttribute("groups", writer ? segments.groups(actor) : List.of());
	}
}
