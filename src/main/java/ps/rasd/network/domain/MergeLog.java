package ps.rasd.network.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ps.rasd.network.MergeSummary;
import ps.rasd.network.PersonId;
import ps.rasd.shared.NotFoundException;

/**
 * Moves every link of a merged record to the kept one and writes down which rows moved, so that an undo moves
 * exactly those back. A link the kept record already has (the same group, the same meeting) stays with the merged
 * record: nothing is deleted.
 */
@Repository
public class MergeLog {

	/** Tables holding a person, with the key that names one row and the person column. */
	private static final Map<String, String[]> LINKS = new LinkedHashMap<>();

	static {
		LINKS.put("relationship", new String[] { "network_relationship", "id", "person_id" });
		LINKS.put("membership", new String[] { "network_membership", "id", "person_id" });
		LINKS.put("seat", new String[] { "network_board_seat", "id", "person_id" });
		LINKS.put("decision", new String[] { "network_decision", "id", "owner_person_id" });
	}

	private final JdbcClient jdbc;

	MergeLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Moves the links and records the merge; answers its id. */
	public long merge(long kept, long merged, long by, Instant now) {
		List<String> moved = new ArrayList<>();
		for (var link : LINKS.entrySet()) {
			String[] t = link.getValue();
			List<Long> ids = jdbc.sql("select " + t[1] + " from " + t[0] + " where " + t[2] + " = ?").param(merged)
				.query(Long.class).list();
			for (Long id : ids) {
				jdbc.sql("update " + t[0] + " set " + t[2] + " = ? where " + t[1] + " = ?").params(kept, id).update();
				moved.add(link.getKey() + ":" + id);
			}
		}
		for (Long group : jdbc.sql("select group_id from network_group_member where person_id = ? and group_id not in "
				+ "(select group_id from network_group_member where person_id = ?)").params(merged, kept)
			.query(Long.class).list()) {
			jdbc.sql("update network_group_member set person_id = ? where person_id = ? and group_id = ?")
				.params(kept, merged, group).update();
			moved.add("group:" + group);
		}
		for (Long meeting : jdbc.sql("select meeting_id from network_attendance where person_id = ? and meeting_id not in "
				+ "(select meeting_id from network_attendance where person_id = ?)").params(merged, kept)
			.query(Long.class).list()) {
			jdbc.sql("update network_attendance set person_id = ? where person_id = ? and meeting_id = ?")
				.params(kept, merged, meeting).update();
			moved.add("attendance:" + meeting);
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into network_merge (kept_id, merged_id, moved_links, merged_by, merged_at) values (?, ?, ?, ?, ?)")
			.params(kept, merged, String.join(",", moved), by, Timestamp.from(now)).update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Moves back what the merge moved. */
	public void undo(long mergeId, Instant now) {
		var row = jdbc.sql("select kept_id, merged_id, moved_links from network_merge where id = ?").param(mergeId)
			.query().singleRow();
		long kept = ((Number) row.get("kept_id")).longValue();
		long merged = ((Number) row.get("merged_id")).longValue();
		String links = (String) row.get("moved_links");
		for (String link : links.isEmpty() ? new String[0] : links.split(",")) {
			String[] kv = link.split(":");
			long id = Long.parseLong(kv[1]);
			switch (kv[0]) {
				case "group" -> jdbc.sql("update network_group_member set person_id = ? where person_id = ? and group_id = ?")
					.params(merged, kept, id).update();
				case "attendance" -> jdbc.sql("update network_attendance set person_id = ? where person_id = ? and "
						+ "meeting_id = ?").params(merged, kept, id).update();
				default -> {
					String[] t = LINKS.get(kv[0]);
					jdbc.sql("update " + t[0] + " set " + t[2] + " = ? where " + t[1] + " = ?").params(merged, id).update();
				}
			}
		}
		jdbc.sql("update network_merge set undone_at = ? where id = ?").params(Timestamp.from(now), mergeId).update();
	}

	/** One merge. */
	public MergeSummary find(long id, Duration undo) {
		return jdbc.sql("select * from network_merge where id = ?").param(id).query((rs, n) -> summary(rs, undo))
			.optional().orElseThrow(() -> new NotFoundException("network.merge.not-found", id));
	}

	/** The merges into a record, newest first. */
	public List<MergeSummary> into(long kept, Duration undo) {
		return jdbc.sql("select * from network_merge where kept_id = ? order by id desc").param(kept)
			.query((rs, n) -> summary(rs, undo)).list();
	}

	private static MergeSummary summary(java.sql.ResultSet rs, Duration undo) throws java.sql.SQLException {
		Instant at = rs.getTimestamp("merged_at").toInstant();
		return new MergeSummary(rs.getLong("id"), new PersonId(rs.getLong("kept_id")),
				new PersonId(rs.getLong("merged_id")), at, at.plus(undo), rs.getTimestamp("undone_at") != null);
	}
}
