package ps.rasd.advocacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.advocacy.domain.Commitment;
import ps.rasd.advocacy.domain.MeetingStore;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonId;
import ps.rasd.network.PersonSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.Formats;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;

/**
 * Meetings with decision makers and the commitments made there, followed like a referral: a due day, a reminder to
 * the campaign's owner through the mail outbox when it comes ({@code internal.CommitmentReminders}), and a status
 * (kept, partly kept, broken, pending) set with a source. The commitments scorecard counts per decision maker and
 * per body what was made, kept and overdue; it is public where the campaign is published and chose to publish it,
 * with the small-count rule of the authorities' scorecards ({@link ReadRules#seesSmallCounts}).
 */
@Service
@Transactional(readOnly = true)
public class Commitments {

	private final MeetingStore meetings;

	private final CampaignManagement campaigns;

	private final RegistryManagement registry;

	private final NetworkManagement network;

	private final AuditTrail audit;

	private final Clock clock;

	Commitments(MeetingStore meetings, CampaignManagement campaigns, RegistryManagement registry,
			NetworkManagement network, AuditTrail audit, Clock clock) {
		this.audit = audit;
		this.meetings = meetings;
		this.campaigns = campaigns;
		this.registry = registry;
		this.network = network;
		this.clock = clock;
	}

	/** Records a meeting of a campaign. @throws NotFoundException for a body or person that does not exist */
	@Transactional
	public MeetingView recordMeeting(long campaignId, MeetingDraft draft, RasdPrincipal actor) {
		CampaignView campaign = campaigns.forStaff(campaignId, actor);
		String people = checked(draft, actor);
		long id = meetings.insertMeeting(campaignId, heldAt(draft), draft.place().strip(), draft.authorityId(), people,
				blank(draft.delegation()), blank(draft.asks()), String.join(",", MeetingStore.numbers(draft.evidence())),
				blank(draft.minutes()), clock.instant());
		audit.record("advocacy.meeting.recorded", "advocacy-meeting", id, campaign.governorateCode(),
				"campaign=" + campaignId);
		return meetings.meeting(id).orElseThrow();
	}

	/** Corrects a meeting. @throws NotFoundException for the meeting, a body or a person that does not exist */
	@Transactional
	public MeetingView describeMeeting(long meetingId, MeetingDraft draft, RasdPrincipal actor) {
		MeetingView meeting = meeting(meetingId, actor);
		String people = checked(draft, actor);
		meetings.updateMeeting(meetingId, heldAt(draft), draft.place().strip(), draft.authorityId(), people,
				blank(draft.delegation()), blank(draft.asks()), String.join(",", MeetingStore.numbers(draft.evidence())),
				blank(draft.minutes()));
		audit.record("advocacy.meeting.changed", "advocacy-meeting", meetingId, null,
				"campaign=" + meeting.campaignId());
		return meetings.meeting(meetingId).orElseThrow();
	}

	/**
	 * Deletes a meeting with the commitments made there, while none of them has a status set.
	 * @throws ConflictException {@code advocacy.meeting.settled} when one has
	 */
	@Transactional
	public void deleteMeeting(long meetingId, RasdPrincipal actor) {
		MeetingView meeting = meeting(meetingId, actor);
		if (meetings.settledAt(meetingId) > 0) {
			throw new ConflictException("advocacy.meeting.settled", meetingId);
		}
		meetings.deleteMeeting(meetingId);
		audit.record("advocacy.meeting.deleted", "advocacy-meeting", meetingId, null,
				"campaign=" + meeting.campaignId());
	}

	/** The decision makers met at a campaign's meetings (the people the team may read), to say who committed. */
	public List<PersonSummary> peopleMet(long campaignId, RasdPrincipal actor) {
		Set<PersonId> ids = new LinkedHashSet<>();
		meetings(campaignId, actor).forEach(m -> m.people().forEach(p -> ids.add(new PersonId(p))));
		return ids.isEmpty() ? List.of() : network.readablePeople(ids, actor);
	}

	/** The people of a list of record numbers (as a meeting form sends them) the team may read. */
	public List<PersonSummary> people(String numbers, RasdPrincipal actor) {
		AdvocacyManagement.requireAdvocate(actor);
		List<PersonId> ids = MeetingStore.numbers(numbers).stream().map(n -> new PersonId(Long.parseLong(n))).toList();
		return ids.isEmpty() ? List.of() : network.readablePeople(ids, actor);
	}

	/** A meeting of a campaign, for the advocacy team. @throws NotFoundException {@code advocacy.meeting.not-found} */
	public MeetingView meeting(long meetingId, RasdPrincipal actor) {
		MeetingView meeting = meetings.meeting(meetingId)
			.orElseThrow(() -> new NotFoundException("advocacy.meeting.not-found", meetingId));
		campaigns.forStaff(meeting.campaignId(), actor);
		return meeting;
	}

	private String checked(MeetingDraft draft, RasdPrincipal actor) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (draft.onDate() == null) {
			errors.put("onDate", "advocacy.date.required");
		}
		if (draft.place() == null || draft.place().isBlank() || draft.place().length() > 400) {
			errors.put("place", "advocacy.required");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("advocacy.meeting.invalid", errors);
		}
		if (draft.authorityId() != null) {
			registry.authority(draft.authorityId());
		}
		List<String> people = MeetingStore.numbers(draft.people());
		people.forEach(p -> network.person(new PersonId(Long.parseLong(p)), actor));
		return String.join(",", people);
	}

	private static Instant heldAt(MeetingDraft draft) {
		return draft.onDate().atTime(draft.atTime() == null ? LocalTime.NOON : draft.atTime()).atZone(Formats.ZONE)
			.toInstant();
	}

	/** The meetings of a campaign, earliest first (the advocacy team). */
	public List<MeetingView> meetings(long campaignId, RasdPrincipal actor) {
		campaigns.forStaff(campaignId, actor);
		return meetings.meetings(campaignId);
	}

	/**
	 * Records a commitment made at a meeting.
	 * @throws InvalidInputException {@code advocacy.commitment.invalid}: no promise, no maker, no due day
	 */
	@Transactional
	public CommitmentView commit(long meetingId, Long personId, Long authorityId, String maker, String promise,
			LocalDate dueOn, RasdPrincipal actor) {
		MeetingView meeting = meeting(meetingId, actor);
		Long body = checked(meeting, personId, authorityId, maker, promise, dueOn, actor);
		long id = meetings.insertCommitment(meetingId, meeting.campaignId(), personId, body, maker.strip(),
				promise.strip(), dueOn);
		audit.record("advocacy.commitment.made", "advocacy-commitment", id, null, "due=" + dueOn);
		return meetings.commitment(id, today()).orElseThrow();
	}

	/**
	 * Corrects a commitment before any status was set for it (after that, its record stands: a status is corrected
	 * with its own source).
	 * @throws InvalidInputException {@code advocacy.commitment.invalid}
	 * @throws ConflictException {@code advocacy.commitment.settled} once a status was set, {@code ...stale}
	 */
	@Transactional
	public CommitmentView changeCommitment(long commitmentId, long version, Long personId, Long authorityId,
			String maker, String promise, LocalDate dueOn, RasdPrincipal actor) {
		CommitmentView now = unsettled(commitmentId, version, actor);
		Long body = checked(meeting(now.meetingId(), actor), personId, authorityId, maker, promise, dueOn, actor);
		if (!meetings.updateCommitment(commitmentId, version, personId, body, maker.strip(), promise.strip(), dueOn)) {
			throw new ConflictException("advocacy.commitment.stale", commitmentId);
		}
		audit.record("advocacy.commitment.changed", "advocacy-commitment", commitmentId, null, "due=" + dueOn);
		return meetings.commitment(commitmentId, today()).orElseThrow();
	}

	/**
	 * Deletes a commitment recorded by mistake, before any status was set for it.
	 * @throws ConflictException {@code advocacy.commitment.settled} once a status was set, {@code ...stale}
	 */
	@Transactional
	public void deleteCommitment(long commitmentId, long version, RasdPrincipal actor) {
		unsettled(commitmentId, version, actor);
		if (!meetings.deleteCommitment(commitmentId, version)) {
			throw new ConflictException("advocacy.commitment.stale", commitmentId);
		}
		audit.record("advocacy.commitment.deleted", "advocacy-commitment", commitmentId, null, null);
	}

	private CommitmentView unsettled(long commitmentId, long version, RasdPrincipal actor) {
		CommitmentView now = meetings.commitment(commitmentId, today())
			.orElseThrow(() -> new NotFoundException("advocacy.commitment.not-found", commitmentId));
		campaigns.forStaff(now.campaignId(), actor);
		if (now.statusAt() != null) {
			throw new ConflictException("advocacy.commitment.settled", commitmentId);
		}
		if (now.version() != version) {
			throw new ConflictException("advocacy.commitment.stale", commitmentId);
		}
		return now;
	}

	private Long checked(MeetingView meeting, Long personId, Long authorityId, String maker, String promise,
			LocalDate dueOn, RasdPrincipal actor) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (promise == null || promise.isBlank() || promise.length() > 2000) {
			errors.put("promise", "advocacy.required");
		}
		if (maker == null || maker.isBlank() || maker.length() > 400) {
			errors.put("maker", "advocacy.required");
		}
		if (dueOn == null) {
			errors.put("dueOn", "advocacy.date.required");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("advocacy.commitment.invalid", errors);
		}
		Long body = authorityId != null ? authorityId : meeting.authorityId();
		if (body != null) {
			registry.authority(body);
		}
		if (personId != null) {
			network.person(new PersonId(personId), actor);
		}
		return body;
	}

	/**
	 * Sets whether a commitment was kept, with its source.
	 * @throws InvalidInputException {@code advocacy.commitment.invalid} without a source
	 * @throws ConflictException {@code advocacy.commitment.stale}
	 */
	@Transactional
	public CommitmentView settle(long commitmentId, long version, CommitmentStatus status, String source,
			RasdPrincipal actor) {
		CommitmentView now = meetings.commitment(commitmentId, today())
			.orElseThrow(() -> new NotFoundException("advocacy.commitment.not-found", commitmentId));
		campaigns.forStaff(now.campaignId(), actor);
		if (now.version() != version) {
			throw new ConflictException("advocacy.commitment.stale", commitmentId);
		}
		CommitmentView settled = new Commitment(now).settle(status, source, clock.instant(), today());
		if (!meetings.settle(settled, version)) {
			throw new ConflictException("advocacy.commitment.stale", commitmentId);
		}
		audit.record("advocacy.commitment.settled", "advocacy-commitment", commitmentId, null, status.name());
		return meetings.commitment(commitmentId, today()).orElseThrow();
	}

	/** A commitment, for the advocacy team. @throws NotFoundException {@code advocacy.commitment.not-found} */
	public CommitmentView commitment(long commitmentId, RasdPrincipal actor) {
		CommitmentView c = meetings.commitment(commitmentId, today())
			.orElseThrow(() -> new NotFoundException("advocacy.commitment.not-found", commitmentId));
		campaigns.forStaff(c.campaignId(), actor);
		return c;
	}

	/** The commitments of a campaign, by due day (the advocacy team). */
	public List<CommitmentView> commitments(long campaignId, RasdPrincipal actor) {
		campaigns.forStaff(campaignId, actor);
		return meetings.commitments(campaignId, today());
	}

	/**
	 * The commitments scorecard of a campaign as this person may read it: the advocacy team always; anyone else when
	 * the campaign is published and its scorecard public, else empty. Per decision maker and per body; the counts of
	 * a row with fewer than {@link CommitmentTally#MIN_PUBLIC} commitments are flagged suppressed, and zeroed for
	 * readers who do not see small counts.
	 */
	public List<CommitmentTally> scorecard(CampaignView campaign, RasdPrincipal viewer, Locale locale) {
		boolean team = campaigns.readsInFull(campaign, viewer);
		if (!team && !(campaign.published() && campaign.scorecardPublic())) {
			return List.of();
		}
		return tally(meetings.commitments(campaign.id(), today()), viewer, locale);
	}

	/** The scorecard over every campaign, for the advocacy team. */
	public List<CommitmentTally> scorecard(RasdPrincipal actor, Locale locale) {
		AdvocacyManagement.requireAdvocate(actor);
		return tally(meetings.commitments(null, today()), actor, locale);
	}

	/**
	 * Pending commitments due by today not yet reminded, each marked reminded; the caller mails the owners.
	 */
	@Transactional
	public List<CommitmentView> takeDueReminders() {
		List<CommitmentView> due = meetings.dueUnreminded(today(), today());
		due.forEach(c -> meetings.reminded(c.id(), clock.instant()));
		return due;
	}

	private List<CommitmentTally> tally(List<CommitmentView> all, RasdPrincipal viewer, Locale locale) {
		boolean small = viewer != null && ReadRules.seesSmallCounts(Reader.of(viewer));
		Map<String, long[]> counts = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (CommitmentView c : all) {
			String person = c.personId() == null ? null : personName(c, viewer);
			if (person != null) {
				add(counts, names, "person:" + c.personId(), person, c);
			}
			if (c.authorityId() != null) {
				add(counts, names, "authority:" + c.authorityId(),
						registry.authority(c.authorityId()).name().in(locale), c);
			}
		}
		List<CommitmentTally> result = new ArrayList<>();
		counts.forEach((key, n) -> {
			boolean suppressed = n[0] < CommitmentTally.MIN_PUBLIC;
			if (suppressed && !small) {
				result.add(new CommitmentTally(key, names.get(key), 0, 0, 0, 0, 0, true));
			}
			else {
				result.add(new CommitmentTally(key, names.get(key), n[0], n[1], n[2], n[3], n[4], suppressed));
			}
		});
		return result;
	}

	private String personName(CommitmentView c, RasdPrincipal viewer) {
		try {
			return network.person(new PersonId(c.personId()), viewer).name();
		}
		catch (NotFoundException | ps.rasd.shared.ForbiddenException ex) {
			// what the team wrote may name a person who is not public: only the team reads it
			return AdvocacyManagement.advocates(viewer) ? c.maker() : null;
		}
	}

	private static void add(Map<String, long[]> counts, Map<String, String> names, String key, String name,
			CommitmentView c) {
		long[] n = counts.computeIfAbsent(key, k -> new long[5]);
		names.putIfAbsent(key, name);
		n[0]++;
		switch (c.status()) {
			case KEPT -> n[1]++;
			case PARTLY_KEPT -> n[2]++;
			case BROKEN -> n[3]++;
			case PENDING -> n[4] += c.overdue() ? 1 : 0;
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
