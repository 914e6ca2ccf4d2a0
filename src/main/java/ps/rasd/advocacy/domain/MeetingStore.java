package ps.rasd.advocacy.domain;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import ps.rasd.advocacy.CommitmentStatus;
import ps.rasd.advocacy.CommitmentView;
import ps.rasd.advocacy.MeetingView;

/** Meetings with decision makers and the commitments made there, in plain SQL. */
@Repository
public class MeetingStore {

	private static final String COMMITMENT = "select id, meeting_id, campaign_id, person_id, authority_id, maker_label, "
			+ "promise, due_on, status, status_source, status_at, version from advocacy_commitment";

	private final JdbcTemplate jdbc;

	MeetingStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long insertMeeting(long campaignId, Instant heldAt, String place, Long authorityId, String people,
			String delegation, String asks, String evidence, String minutes, Instant now) {
		return Inserts.key(jdbc, "insert into advocacy_meeting (campaign_id, held_at, place, authority_id, people, "
				+ "delegation, asks, evidence, minutes, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", campaignId,
				Inserts.at(heldAt), place, authorityId, people, delegation, asks, evidence, minutes,
				Inserts.at(now));
	}

	public boolean updateMeeting(long id, Instant heldAt, String place, Long authorityId, String people,
			String delegation, String asks, String evidence, String minutes) {
		return jdbc.update("update advocacy_meeting set held_at = ?, place = ?, authority_id = ?, people = ?, "
				+ "delegation = ?, asks = ?, evidence = ?, minutes = ? where id = ?", Inserts.at(heldAt), place,
				authorityId, people, delegation, asks, evidence, minutes, id) == 1;
	}

	/** How many commitments made at the meeting have had a status set. */
	public int settledAt(long meetingId) {
		return jdbc.queryForObject("select count(*) from advocacy_commitment where meeting_id = ? and status_at is not "
				+ "null", Integer.class, meetingId);
	}

	/** Deletes a meeting and its commitments (none of which has a status set: see {@link #settledAt}). */
	public void deleteMeeting(long id) {
		jdbc.update("delete from advocacy_commitment where meeting_id = ? and status_at is null", id);
		jdbc.update("delete from advocacy_meeting where id = ?", id);
	}

	/** Changes a commitment no status was set for; a new due day is reminded of again. */
	public boolean updateCommitment(long id, long expectedVersion, Long personId, Long authorityId, String maker,
			String promise, LocalDate due) {
		return jdbc.update("update advocacy_commitment set person_id = ?, authority_id = ?, maker_label = ?, "
				+ "promise = ?, reminded_at = case when due_on = ? then reminded_at else null end, due_on = ?, "
				+ "version = version + 1 where id = ? and version = ? and status_at is null", personId, authorityId,
				maker, promise, Date.valueOf(due), Date.valueOf(due), id, expectedVersion) == 1;
	}

	/** Deletes a commitment no status was set for. */
	public boolean deleteCommitment(long id, long expectedVersion) {
		return jdbc.update("delete from advocacy_commitment where id = ? and version = ? and status_at is null", id,
				expectedVersion) == 1;
	}

	public List<MeetingView> meetings(long campaignId) {
		return jdbc.query("select id, campaign_id, held_at, place, authority_id, people, delegation, asks, evidence, "
				+ "minutes from advocacy_meeting where campaign_id = ? order by held_at, id", MeetingStore::meeting,
				campaignId);
	}

	public Optional<MeetingView> meeting(long id) {
		return jdbc.query("select id, campaign_id, held_at, place, authority_id, people, delegation, asks, evidence, "
				+ "minutes from advocacy_meeting where id = ?", MeetingStore::meeting, id).stream().findFirst();
	}

	public long insertCommitment(long meetingId, long campaignId, Long personId, Long authorityId, String maker,
			String promise, LocalDate due) {
		return Inserts.key(jdbc, "insert into advocacy_commitment (meeting_id, campaign_id, person_id, authority_id, "
				+ "maker_label, promise, due_on, status, version) values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0)", meetingId,
				campaignId, personId, authorityId, maker, promise, Date.valueOf(due));
	}

	public Optional<CommitmentView> commitment(long id, LocalDate today) {
		return jdbc.query(COMMITMENT + " where id = ?", (rs, i) -> commitment(rs, today), id).stream().findFirst();
	}

	public boolean settle(CommitmentView c, long expectedVersion) {
		return jdbc.update("update advocacy_commitment set status = ?, status_source = ?, status_at = ?, "
				+ "version = version + 1 where id = ? and version = ?", c.status().name(), c.statusSource(),
				Inserts.at(c.statusAt()), c.id(), expectedVersion) == 1;
	}

	/** Of a campaign (or of every campaign, with {@code null}), by due day. */
	public List<CommitmentView> commitments(Long campaignId, LocalDate today) {
		if (campaignId == null) {
			return jdbc.query(COMMITMENT + " order by due_on, id", (rs, i) -> commitment(rs, today));
		}
		return jdbc.query(COMMITMENT + " where campaign_id = ? order by due_on, id", (rs, i) -> commitment(rs, today),
				campaignId);
	}

	/** Pending commitments due on or before the day that were not reminded yet. */
	public List<CommitmentView> dueUnreminded(LocalDate day, LocalDate today) {
		return jdbc.query(COMMITMENT + " where status = 'PENDING' and due_on <= ? and reminded_at is null order by id",
				(rs, i) -> commitment(rs, today), Date.valueOf(day));
	}

	public void reminded(long id, Instant now) {
		jdbc.update("update advocacy_commitment set reminded_at = ? where id = ?", Inserts.at(now), id);
	}

	private static MeetingView meeting(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new MeetingView(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
				rs.getObject(5, Long.class), numbers(rs.getString(6)).stream().map(Long::valueOf).toList(),
				rs.getString(7), rs.getString(8), numbers(rs.getString(9)).stream().map(Integer::valueOf).toList(),
				rs.getString(10));
	}

	private static CommitmentView commitment(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
		CommitmentStatus status = CommitmentStatus.valueOf(rs.getString(9));
		LocalDate due = rs.getDate(8).toLocalDate();
		Timestamp at = rs.getTimestamp(11);
		return new CommitmentView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, Long.class),
				rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), due, status, rs.getString(10),
				at == null ? null : at.toInstant(), Commitment.overdue(status, due, today), rs.getLong(12));
	}

	/** Numbers from a list separated by commas or spaces; anything else is dropped. */
	public static List<String> numbers(String list) {
		if (list == null) {
			return List.of();
		}
		return Arrays.stream(list.split("[,،\\s]+")).map(String::strip).filter(s -> s.matches("\\d{1,9}")).distinct()
			.toList();
	}
}
