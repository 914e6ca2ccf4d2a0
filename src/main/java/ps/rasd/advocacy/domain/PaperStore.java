package ps.rasd.advocacy.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import ps.rasd.advocacy.PaperDraft;
import ps.rasd.advocacy.PaperKind;
import ps.rasd.advocacy.PaperView;

/** The papers of campaigns, in plain SQL. */
@Repository
public class PaperStore {

	private static final String SELECT = "select id, campaign_id, kind, language, title, body, updated_at, version "
			+ "from advocacy_paper";

	private final JdbcTemplate jdbc;

	PaperStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long campaignId, PaperDraft d, Instant now) {
		return Inserts.key(jdbc, "insert into advocacy_paper (campaign_id, kind, language, title, body, updated_at, "
				+ "version) values (?, ?, ?, ?, ?, ?, 0)", campaignId, d.kind().name(), d.language(), d.title().strip(),
				d.body(), Inserts.at(now));
	}

	public boolean update(long id, long version, PaperDraft d, Instant now) {
		return jdbc.update("update advocacy_paper set kind = ?, language = ?, title = ?, body = ?, updated_at = ?, "
				+ "version = version + 1 where id = ? and version = ?", d.kind().name(), d.language(), d.title().strip(),
				d.body(), Inserts.at(now), id, version) == 1;
	}

	public Optional<PaperView> byId(long id) {
		return jdbc.query(SELECT + " where id = ?", PaperStore::map, id).stream().findFirst();
	}

	public List<PaperView> of(long campaignId) {
		return jdbc.query(SELECT + " where campaign_id = ? order by id", PaperStore::map, campaignId);
	}

	private static PaperView map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new PaperView(rs.getLong(1), rs.getLong(2), PaperKind.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getLong(8));
	}
}
