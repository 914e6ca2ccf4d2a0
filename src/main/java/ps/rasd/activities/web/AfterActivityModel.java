package ps.rasd.activities.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import ps.rasd.activities.ActivitiesManagement;
import ps.rasd.activities.ActivitySummary;
import ps.rasd.activities.FollowUps;
import ps.rasd.activities.Invitations;
import ps.rasd.activities.SurveyCounts;
import ps.rasd.activities.SurveyStage;
import ps.rasd.activities.Surveys;
import ps.rasd.forms.FormsManagement;
import ps.rasd.network.Segments;
import ps.rasd.shared.Formats;
import ps.rasd.shared.RasdPrincipal;

/** What the staff page of an activity shows beyond the activity itself: invitations and what follows it. */
@Component
class AfterActivityModel {

	private final ActivitiesManagement activities;

	private final Invitations invitations;

	private final Segments segments;

	private final FollowUps followUps;

	private final Surveys surveys;

	private final FormsManagement forms;

	private final Clock clock;

	AfterActivityModel(ActivitiesManagement activities, Invitations invitations, Segments segments,
			FollowUps followUps, Surveys surveys, FormsManagement forms, Clock clock) {
		this.clock = clock;
		this.activities = activities;
		this.invitations = invitations;
		this.segments = segments;
		this.followUps = followUps;
		this.surveys = surveys;
		this.forms = forms;
	}

	void fill(ActivitySummary activity, RasdPrincipal actor, Model model) {
		boolean writer = activities.writes(activity.details().governorateCode(), actor);
		model.addAttribute("invitationCounts", invitations.counts(activity.id(), actor));
		model.addAttribute("groups", writer ? segments.groups(actor) : List.of());
		model.addAttribute("followUp", followUps.followUp(activity.id(), actor));
		SurveyCounts feedback = surveys.counts(activity.id(), SurveyStage.FEEDBACK, actor);
		model.addAttribute("feedback", feedback);
		model.addAttribute("feedbackChoices", feedback.formId() == null ? List.of()
				: forms.form(feedback.formId()).current().map(v -> ChoiceTally.of(feedback, v.definition()))
					.orElse(List.of()));
		model.addAttribute("forms", writer ? forms.forms().stream().filter(f -> f.current().isPresent()).toList()
				: List.of());
		model.addAttribute("today", LocalDate.now(clock.withZone(Formats.ZONE)));
	}
}
