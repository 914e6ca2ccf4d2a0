package ps.rasd.network;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.network.domain.NameKeys;
import ps.rasd.notifications.MailOutbox;
import ps.rasd.notifications.OutgoingMail;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;

/**
 * The board and the meetings of the general assembly and the board. Administrators set board terms and convene
 * meetings (notice to everyone who may attend, through the mail outbox); staff at the door mark attendance; the
 * quorum is the bylaws' share of those who may attend ({@code quorum-share}, editable), shown live; motions are
 * voted, decisions get an owner and a due date and are followed until done; the minutes are kept with the meeting.
 */
@Service
@Transactional
public class Governance {

	private final JdbcClient jdbc;

	private final NetworkManagement network;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	Governance(JdbcClient jdbc, NetworkManagement network, MailOutbox mail, MessageSource messages, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.network = network;
		this.mail = mail;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- settings ----

	/** The bylaws' quorum: the share of those who may attend that must be present (0.5 unless changed). */
	@Transactional(readOnly = true)
	public BigDecimal quorumShare() {
		return jdbc.sql("select setting_value from network_setting where name = 'quorum-share'").query(String.class).optional()
			.map(BigDecimal::new).orElse(new BigDecimal("0.5"));
	}

	/**
	 * Changes the quorum share for meetings convened from now on (administrators).
	 * @throws InvalidInputException unless it is above 0 and at most 1
	 */
	public void setQuorumShare(BigDecimal share, RasdPrincipal actor) {
		NetworkManagement.requireAdmin(actor);
		if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
			throw new InvalidInputException("network.settings.invalid", Map.of("quorumShare", "network.quorum.range"));
		}
		jdbc.sql("update network_setting set setting_value = ? where name = 'quorum-share'").param(share.toPlainString()).update();
		audit.record("network.settings.quorum-share", "setting", "quorum-share", null, share.toPlainString());
	}

	// ---- board ----

	/** Opens a board term (administrators); the seats are added to it. */
	public long openTerm(LocalDate startsOn, LocalDate endsOn, Long meetingId, RasdPrincipal actor) {
		NetworkManagement.requireAdmin(actor);
		if (startsOn == null || endsOn == null || !endsOn.isAfter(startsOn)) {
			throw new InvalidInputException("network.board.invalid", Map.of("endsOn", "network.board.dates"));
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into network_board_term (starts_on, ends_on, meeting_id) values (?, ?, ?)")
			.params(startsOn, endsOn, meetingId).update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("network.board.term-opened", "board-term", id, null, startsOn + ".." + endsOn);
		return id;
	}

	/** Seats a person on the board in a term (administrators). */
	public void seat(long termId, PersonId person, BoardPosition position, RasdPrincipal actor) {
		NetworkManagement.requireAdmin(actor);
		network.person(person, actor);
		jdbc.sql("insert into network_board_seat (term_id, person_id, position) values (?, ?, ?)")
			.params(termId, person.value(), position.name()).update();
		audit.record("network.board.seated", "board-term", termId, null, position + " person=" + person.value());
	}

	/** The seats of the term current today (the latest one started), chair first; staff only. */
	@Transactional(readOnly = true)
	public List<BoardSeat> board(RasdPrincipal actor) {
		if (!NetworkManagement.staff(Reader.of(actor))) {
			throw new ForbiddenException("network.forbidden");
		}
		return seats("");
	}

	/**
	 * The current board as the public sees it: names and positions of those who agreed to be published, nothing
	 * else of their records.
	 */
	@Transactional(readOnly = true)
	public List<BoardSeat> publicBoard() {
		return seats(" and p.tier = '" + Tier.PUBLIC.name() + "' and p.erased_at is null");
	}

	private List<BoardSeat> seats(String extra) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("select t.id, t.starts_on, t.ends_on, s.person_id, p.name_ar, s.position from network_board_seat s "
				+ "join network_board_term t on t.id = s.term_id join network_person p on p.id = s.person_id "
				+ "where t.id = (select max(id) from network_board_term where starts_on <= ? and ends_on >= ?)" + extra
				+ " order by s.id").params(today, today)
			.query((rs, n) -> new BoardSeat(rs.getLong(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), new PersonId(rs.getLong(4)), rs.getString(5),
					BoardPosition.valueOf(rs.getString(6))))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(BoardSeat::position))
			.toList();
	}

	// ---- meetings ----

	/**
	 * Convenes a meeting (administrators): counts who may attend, fixes the quorum share, queues a notice to
	 * each of them who has an e-mail address, in the outbox. Published nowhere.
	 */
	public MeetingSummary convene(MeetingBody body, String title, Instant heldAt, String place, List<String> agenda,
			RasdPrincipal actor) {
		NetworkManagement.requireAdmin(actor);
		if (title == null || title.isBlank() || heldAt == null) {
			throw new InvalidInputException("network.meeting.invalid", Map.of("title", "network.required"));
		}
		List<Map<String, Object>> invited = jdbc.sql("select p.id, p.email from network_person p where " + eligible(body))
			.params(eligibleArgs(body)).query().listOfRows();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into network_meeting (body, title, held_at, place, status, quorum_share, eligible, created_by, "
				+ "created_at) values (?, ?, ?, ?, 'CONVENED', ?, ?, ?, ?)")
			.params(body.name(), title.strip(), Timestamp.from(heldAt), NetworkManagement.blank(place), quorumShare(),
					invited.size(), actor.accountId(), Timestamp.from(clock.instant()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		int position = 1;
		for (String item : agenda) {
			if (item != null && !item.isBlank()) {
				jdbc.sql("insert into network_agenda_item (meeting_id, position, title) values (?, ?, ?)")
					.params(id, position++, item.strip()).update();
			}
		}
		int sent = notice(id, title.strip(), heldAt, place, agenda, invited);
		jdbc.sql("update network_meeting set notice_sent = ? where id = ?").params(sent, id).update();
		audit.record("network.meeting.convened", "meeting", id, null, body + " notices=" + sent);
		return meeting(id, actor);
	}

	private int notice(long id, String title, Instant heldAt, String place, List<String> agenda,
			List<Map<String, Object>> invited) {
		Locale ar = Locale.forLanguageTag("ar");
		String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(heldAt.atZone(ps.rasd.shared.access.AccessFacts.ZONE));
		String subject = messages.getMessage("network.meeting.notice.subject", new Object[] { title }, ar);
		String text = messages.getMessage("network.meeting.notice.text",
				new Object[] { title, when, place == null ? "" : place,
						String.join("\n", agenda.stream().filter(a -> a != null && !a.isBlank()).toList()) },
				ar);
		int sent = 0;
		for (Map<String, Object> person : invited) {
			Object email = person.get("email");
			if (email != null) {
				mail.queue(new OutgoingMail((String) email, subject, text, null, "network.meeting.notice",
						"meeting-" + id));
				sent++;
			}
		}
		return sent;
	}

	private static String eligible(MeetingBody body) {
		String live = "p.merged_into is null and p.erased_at is null and ";
		return body == MeetingBody.GENERAL_ASSEMBLY
				? live + "p.id in (select person_id from network_membership where status = 'ACTIVE')"
				: live + "p.id in (select s.person_id from network_board_seat s join network_board_term t on t.id = "
						+ "s.term_id where t.starts_on <= ? and t.ends_on >= ?)";
	}

	private Object[] eligibleArgs(MeetingBody body) {
		LocalDate today = LocalDate.now(clock);
		return body == MeetingBody.GENERAL_ASSEMBLY ? new Object[0] : new Object[] { today, today };
	}

	/** One meeting with its live count of those present; staff only. */
	@Transactional(readOnly = true)
	public MeetingSummary meeting(long id, RasdPrincipal actor) {
		requireStaff(actor);
		List<String> agenda = jdbc.sql("select title from network_agenda_item where meeting_id = ? order by position")
			.param(id).query(String.class).list();
		long present = jdbc.sql("select count(*) from network_attendance where meeting_id = ?").param(id)
			.query(Long.class).single();
		return jdbc.sql("select * from network_meeting where id = ?").param(id)
			.query((rs, n) -> new MeetingSummary(rs.getLong("id"), MeetingBody.valueOf(rs.getString("body")),
					rs.getString("title"), rs.getTimestamp("held_at").toInstant(), rs.getString("place"),
					"CLOSED".equals(rs.getString("status")), rs.getBigDecimal("quorum_share"), rs.getInt("eligible"),
					present, rs.getInt("notice_sent"), agenda, rs.getString("minutes"), rs.getLong("version")))
			.optional().orElseThrow(() -> new NotFoundException("network.meeting.not-found", id));
	}

	/** Meetings, newest first; staff only. */
	@Transactional(readOnly = true)
	public List<MeetingSummary> meetings(RasdPrincipal actor) {
		requireStaff(actor);
		return jdbc.sql("select id from network_meeting order by held_at desc").query(Long.class).list().stream()
			.map(id -> meeting(id, actor)).toList();
	}

	/**
	 * Those who may attend whose name matches (any spelling), with whether they are present: the door's search.
	 * Without a query, those present.
	 */
	@Transactional(readOnly = true)
	public List<Attendee> door(long meetingId, String query, RasdPrincipal actor) {
		MeetingSummary meeting = meeting(meetingId, actor);
		List<Object> args = new ArrayList<>(List.of(eligibleArgs(meeting.body())));
		String where = eligible(meeting.body());
		if (query == null || query.isBlank()) {
			where += " and p.id in (select person_id from network_attendance where meeting_id = ?)";
			args.add(meetingId);
		}
		else {
			String sound = NameKeys.sound(query);
			where += " and (p.name_key like ? or (p.sound_key >= ? and p.sound_key < ?))";
			args.add("%" + NameKeys.fold(query) + "%");
			args.add(sound.isEmpty() ? "~" : sound);
			args.add(sound.isEmpty() ? "~" : NameKeys.after(sound));
		}
		args.add(meetingId);
		return jdbc.sql("select p.id, p.name_ar, p.governorate_code from network_person p where " + where
				+ " and ? > 0 order by p.name_key limit 30").params(args)
			.query((rs, n) -> new Attendee(new PersonId(rs.getLong(1)), rs.getString(2), rs.getString(3), false))
			.list().stream()
			.map(a -> new Attendee(a.person(), a.name(), a.governorateCode(), present(meetingId, a.person())))
			.toList();
	}

	private boolean present(long meetingId, PersonId person) {
		return jdbc.sql("select count(*) from network_attendance where meeting_id = ? and person_id = ?")
			.params(meetingId, person.value()).query(Long.class).single() > 0;
	}

	/**
	 * Marks a person present (once; a second mark changes nothing).
	 * @throws DomainException {@code network.meeting.not-eligible}, {@code network.meeting.closed}
	 */
	public MeetingSummary arrive(long meetingId, PersonId person, RasdPrincipal actor) {
		MeetingSummary meeting = meeting(meetingId, actor);
		requireDoor(actor);
		if (meeting.closed()) {
			throw new ConflictException("network.meeting.closed");
		}
		List<Object> args = new ArrayList<>(List.of(eligibleArgs(meeting.body())));
		args.add(person.value());
		boolean eligible = jdbc.sql("select count(*) from network_person p where " + eligible(meeting.body())
				+ " and p.id = ?").params(args).query(Long.class).single() > 0;
		if (!eligible) {
			throw new DomainException("network.meeting.not-eligible");
		}
		if (!present(meetingId, person)) {
			jdbc.sql("insert into network_attendance (meeting_id, person_id, arrived_at) values (?, ?, ?)")
				.params(meetingId, person.value(), Timestamp.from(clock.instant())).update();
			audit.record("network.meeting.arrived", "meeting", meetingId, null, "person=" + person.value());
		}
		return meeting(meetingId, actor);
	}

	/** Records a motion and its vote; carried when more vote for than against. */
	public MotionSummary vote(long meetingId, String text, int votesFor, int against, int abstain, RasdPrincipal actor) {
		MeetingSummary meeting = meeting(meetingId, actor);
		requireDoor(actor);
		if (text == null || text.isBlank() || votesFor < 0 || against < 0 || abstain < 0) {
			throw new InvalidInputException("network.motion.invalid", Map.of("text", "network.required"));
		}
		if (votesFor + against + abstain > meeting.present()) {
			throw new DomainException("network.motion.more-votes-than-present");
		}
		if (!meeting.quorate()) {
			throw new DomainException("network.motion.no-quorum");
		}
		boolean carried = votesFor > against;
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into network_motion (meeting_id, text, votes_for, against, abstain, carried) values (?, ?, ?, ?, ?, ?)")
			.params(meetingId, text.strip(), votesFor, against, abstain, carried).update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("network.meeting.voted", "meeting", meetingId, null, "motion=" + id + " carried=" + carried);
		return new MotionSummary(id, text.strip(), votesFor, against, abstain, carried);
	}

	/** The motions of a meeting. */
	@Transactional(readOnly = true)
	public List<MotionSummary> motions(long meetingId, RasdPrincipal actor) {
		meeting(meetingId, actor);
		return jdbc.sql("select * from network_motion where meeting_id = ? order by id").param(meetingId)
			.query((rs, n) -> new MotionSummary(rs.getLong("id"), rs.getString("text"), rs.getInt("votes_for"),
					rs.getInt("against"), rs.getInt("abstain"), rs.getBoolean("carried")))
			.list();
	}

	/** Records a decision with its owner (a person record) and due date. */
	public DecisionSummary decide(long meetingId, String text, PersonId owner, LocalDate dueOn, RasdPrincipal actor) {
		meeting(meetingId, actor);
		requireDoor(actor);
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("network.decision.invalid", Map.of("text", "network.required"));
		}
		if (owner != null) {
			network.person(owner, actor);
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into network_decision (meeting_id, text, owner_person_id, due_on, status) values (?, ?, ?, ?, 'OPEN')")
			.params(meetingId, text.strip(), owner == null ? null : owner.value(), dueOn).update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("network.decision.recorded", "decision", id, null, "meeting=" + meetingId);
		return decision(id);
	}

	/** Marks a decision done today. */
	public DecisionSummary done(long decisionId, RasdPrincipal actor) {
		requireDoor(actor);
		decision(decisionId);
		jdbc.sql("update network_decision set status = 'DONE', done_on = ? where id = ?")
			.params(LocalDate.now(clock), decisionId).update();
		audit.record("network.decision.done", "decision", decisionId, null, null);
		return decision(decisionId);
	}

	private static final String DECISIONS = "select d.*, m.title, p.name_ar from network_decision d join network_meeting m "
			+ "on m.id = d.meeting_id left join network_person p on p.id = d.owner_person_id ";

	private DecisionSummary decision(long id) {
		return jdbc.sql(DECISIONS + "where d.id = ?").param(id).query(Governance::decisionRow).optional()
			.orElseThrow(() -> new NotFoundException("network.decision.not-found", id));
	}

	/** Decisions of one meeting, or (meeting {@code null}) every open one, earliest due first. */
	@Transactional(readOnly = true)
	public List<DecisionSummary> decisions(Long meetingId, RasdPrincipal actor) {
		requireStaff(actor);
		if (meetingId != null) {
			return jdbc.sql(DECISIONS + "where d.meeting_id = ? order by d.id").param(meetingId)
				.query(Governance::decisionRow).list();
		}
		return jdbc.sql(DECISIONS + "where d.status = 'OPEN' order by d.due_on, d.id").query(Governance::decisionRow)
			.list();
	}

	/** Keeps the minutes' text and, with {@code close}, closes the meeting. */
	public MeetingSummary minutes(long meetingId, long version, String minutes, boolean close, RasdPrincipal actor) {
		meeting(meetingId, actor);
		requireDoor(actor);
		int n = jdbc.sql("update network_meeting set minutes = ?, status = ?, version = version + 1 where id = ? and "
				+ "version = ?").params(NetworkManagement.blank(minutes), close ? "CLOSED" : "CONVENED", meetingId, version)
			.update();
		if (n == 0) {
			throw new ConflictException("network.meeting.stale");
		}
		audit.record("network.meeting.minutes", "meeting", meetingId, null, close ? "closed" : null);
		return meeting(meetingId, actor);
	}

	private static DecisionSummary decisionRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Long owner = rs.getObject("owner_person_id", Long.class);
		return new DecisionSummary(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("title"),
				rs.getString("text"), owner == null ? null : new PersonId(owner), rs.getString("name_ar"),
				rs.getObject("due_on", LocalDate.class), "DONE".equals(rs.getString("status")),
				rs.getObject("done_on", LocalDate.class));
	}

	private static void requireStaff(RasdPrincipal actor) {
		if (!NetworkManagement.staff(Reader.of(actor))) {
			throw new ForbiddenException("network.forbidden");
		}
	}

	private static void requireDoor(RasdPrincipal actor) {
		Reader reader = Reader.of(actor);
		if (!(reader.is(Role.ADMIN) || reader.is(Role.COORDINATOR))) {
			throw new ForbiddenException("network.forbidden");
		}
	}
}
