package ps.rasd.advocacy.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import ps.rasd.advocacy.CitationKind;

/** The citations of campaigns, as they were when cited. */
@Repository
public class CitationStore {

	/** A citation as stored. */
	public record Row(long id, long campaignId, CitationKind kind, String ref, String label, String value,
			String method, Instant citedAt, String figure) {
	}

	private final JdbcTemplate jdbc;

	CitationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long campaignId, CitationKind kind, String ref, String label, String value, String figure,
			String method, Instant at, Long by) {
		return Inserts.key(jdbc, "insert into advocacy_citation (campaign_id, kind, ref, label, value_text, value_data, "
				+ "method_text, cited_at, cited_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", campaignId, kind.name(), ref,
				label, value, figure, method, Inserts.at(at), by);
	}

	public Optional<Row> find(long campaignId, CitationKind kind, String ref) {
		return jdbc.query(SELECT + " where campaign_id = ? and kind = ? and ref = ?", CitationStore::map, campaignId,
				kind.name(), ref).stream().findFirst();
	}

	/** Citations kept as text only (cited before figures were kept as data), a batch at a time. */
	public List<Row> textOnly(long afterId, int limit) {
		return jdbc.query(SELECT + " where value_data is null and id > ? order by id fetch first " + limit + " rows only",
				CitationStore::map, afterId);
	}

	/** Keeps the figure of a citation kept as text only, as data beside the text (never changes a kept figure). */
	public void keepFigure(long id, String figure) {
		jdbc.update("update advocacy_citation set value_data = ? where id = ? and value_data is null", figure, id);
	}

	public void delete(long campaignId, long id) {
		jdbc.update("delete from advocacy_citation where id = ? and campaign_id = ?", id, campaignId);
	}

	/** In the order they were cited. */
	public List<Row> of(long campaignId) {
		return jdbc.query(SELECT + " where campaign_id = ? order by id", CitationStore::map, campaignId);
	}

	private static final String SELECT = "select id, campaign_id, kind, ref, label, value_text, method_text, cited_at, "
			+ "value_data from advocacy_citation";

	private static Row map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new Row(rs.getLong(1), rs.getLong(2), CitationKind.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9));
	}
}
