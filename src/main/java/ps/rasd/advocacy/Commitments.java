package ps.rasd.advocacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.advocacy.domain.Commitment;
import ps.rasd.advocacy.domain.MeetingStore;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonId;
import ps.rasd.registry.RegistryManagement;
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

	private final Clock clock;

	Commitments(MeetingStore meetings, CampaignManagement campaigns, RegistryManagement registry,
			NetworkManagement network, Clock clock) {
		this.meetings = meetings;
		this.campaigns = campaigns;
		this.registry = registry;
		this.network = network;
		this.clock = clock;
	}

	/** Records a meeting of a campaign. @throws NotFoundException for a body or person that does not exist */
	@Transactional
	public MeetingView recordMeeting(long campaignId, MeetingDraft draft, RasdPrincipal actor) {
		campaigns.forStaff(campaignId, actor);
		if (draft.authorityId() != null) {
			registry.authority(draft.authorityId());
		}
		List<String> people = MeetingStore.numbers(draft.people());
		people.forEach(p -> network.person(new PersonId(Long.parseLong(p)), actor));
		ZonedDateTime held = draft.onDate().atTime(draft.atTime() == null ? java.time.LocalTime.NOON : draft.atTime())
			.atZone(Formats.ZONE);
		long id = meetings.insertMeeting(campaignId, held.toInstant(), draft.place().strip(), draft.authorityId(),
				String.join(",", people), blank(draft.delegation()), blank(draft.asks()),
				String.join(",", MeetingStore.numbers(draft.evidence())), blank(draft.minutes()), clock.instant());
		return meetings.meeting(id).orElseThrow();
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
		MeetingView meeting = meetings.meeting(meetingId)
			.orElseThrow(() -> new NotFoundException("advocacy.meeting.not-found", meetingId));
		campaigns.forStaff(meeting.campaignId(), actor);
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
		long id = meetings.insertCommitment(meetingId, meeting.campaignId(), personId, body, maker.strip(),
				promise.strip(), dueOn);
		return meetings.commitment(id, today()).orElseThrow();
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
		return meetings.commitment(commitmentId, today()).orElseThrow();
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
