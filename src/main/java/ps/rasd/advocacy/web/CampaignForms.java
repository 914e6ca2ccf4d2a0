package ps.rasd.advocacy.web;

import java.time.LocalDate;
import java.time.LocalTime;

import ps.rasd.advocacy.CommitmentStatus;
import ps.rasd.advocacy.MeetingDraft;
import ps.rasd.advocacy.OutcomeKind;

/** The small forms of a campaign's desk page, as typed. */
final class CampaignForms {

	private CampaignForms() {
	}

	record MilestoneForm(String title, LocalDate dueOn) {
	}

	record OutcomeForm(OutcomeKind kind, String text, String source, LocalDate onDate) {
	}

	record MeetingForm(LocalDate onDate, LocalTime atTime, String place, Long authorityId, String people,
			String delegation, String asks, String evidence, String minutes) {

		MeetingDraft draft() {
			return new MeetingDraft(onDate, atTime, place == null ? "" : place, authorityId, people, delegation, asks,
					evidence, minutes);
		}
	}

	record CommitmentForm(Long meetingId, Long personId, Long authorityId, String maker, String promise,
			LocalDate dueOn) {
	}

	record SettleForm(Long commitmentId, long version, CommitmentStatus status, String source) {
	}
}
