package ps.rasd.advocacy.domain;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The partner organisations signed on to an instrument's position or to a campaign (network organisation ids). */
@Repository
public class PartnerStore {

	private final JdbcTemplate jdbc;

	PartnerStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Long> of(String column, long id) {
		return jdbc.queryForList("select organisation_id from advocacy_partner where " + column(column)
				+ " = ? order by id", Long.class, id);
	}

	public void add(String column, long id, long organisationId) {
		if (!of(column, id).contains(organisationId)) {
			jdbc.update("insert into advocacy_partner (" + column(column) + ", organisation_id) values (?, ?)", id,
					organisationId);
		}
	}

	public void remove(String column, long id, long organisationId) {
		jdbc.update("delete from advocacy_partner where " + column(column) + " = ? and organisation_id = ?", id,
				organisationId);
	}

	private static String column(String column) {
		return switch (column) {
			case "instrument" -> "instrument_id";
			case "campaign" -> "campaign_id";
			default -> throw new IllegalArgumentException(column);
		};
	}
}
