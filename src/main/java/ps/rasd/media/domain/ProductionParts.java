package ps.rasd.media.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ps.rasd.media.Performance;
import ps.rasd.media.ProductionKind;
import ps.rasd.media.ReachEntry;

/** The editable list of kinds and a production's team, performances and reach (plain rows, no aggregate). */
@Repository
public class ProductionParts {

	/** A team row: the person and what they did. */
	public record Member(long personId, String role) {
	}

	private final JdbcClient jdbc;

	ProductionParts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ProductionKind> kinds() {
		return jdbc.sql("select code, name_ar, name_en from media_production_kind order by position, code")
			.query((rs, n) -> new ProductionKind(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public boolean kindExists(String code) {
		return jdbc.sql("select count(*) from media_production_kind where code = ?").param(code)
			.query(Integer.class).single() > 0;
	}

	public void addKind(ProductionKind kind) {
		int position = jdbc.sql("select coalesce(max(position), 0) + 1 from media_production_kind")
			.query(Integer.class).single();
		jdbc.sql("insert into media_production_kind (code, name_ar, name_en, position) values (?, ?, ?, ?)")
			.params(kind.code(), kind.nameAr(), kind.nameEn(), position).update();
	}

	public List<Member> team(long productionId) {
		return jdbc.sql("select person_id, role from media_production_member where production_id = ? order by id")
			.param(productionId).query((rs, n) -> new Member(rs.getLong(1), rs.getString(2))).list();
	}

	public void putMember(long productionId, long personId, String role) {
		int changed = jdbc.sql("update media_production_member set role = ? where production_id = ? and person_id = ?")
			.params(role, productionId, personId).update();
		if (changed == 0) {
			jdbc.sql("insert into media_production_member (production_id, person_id, role) values (?, ?, ?)")
				.params(productionId, personId, role).update();
		}
	}

	public void removeMember(long productionId, long personId) {
		jdbc.sql("delete from media_production_member where production_id = ? and person_id = ?")
			.params(productionId, personId).update();
	}

	public List<Performance> performances(long productionId) {
		return jdbc.sql("select id, venue, performed_on, audience from media_performance where production_id = ? "
				+ "order by performed_on desc, id desc")
			.param(productionId)
			.query((rs, n) -> new Performance(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getInt(4)))
			.list();
	}

	public void addPerformance(long productionId, String venue, LocalDate on, int audience) {
		jdbc.sql("insert into media_performance (production_id, venue, performed_on, audience) values (?, ?, ?, ?)")
			.params(productionId, venue, on, audience).update();
	}

	public void removePerformance(long productionId, long performanceId) {
		jdbc.sql("delete from media_performance where production_id = ? and id = ?")
			.params(productionId, performanceId).update();
	}

	public List<ReachEntry> reach(long productionId) {
		return jdbc.sql("select platform, counted_on, views, shares, audience, source from media_production_reach "
				+ "where production_id = ? order by counted_on desc, platform")
			.param(productionId)
			.query((rs, n) -> new ReachEntry(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
					rs.getLong(4), rs.getLong(5), "CSV".equals(rs.getString(6))))
			.list();
	}

	/** Keeps the figures of a day on a platform, replacing what was known of that day. */
	public void putReach(long productionId, ReachEntry entry) {
		jdbc.sql("delete from media_production_reach where production_id = ? and platform = ? and counted_on = ?")
			.params(productionId, entry.platform(), entry.countedOn()).update();
		jdbc.sql("insert into media_production_reach (production_id, platform, counted_on, views, shares, audience, "
				+ "source) values (?, ?, ?, ?, ?, ?, ?)")
			.params(productionId, entry.platform(), entry.countedOn(), entry.views(), entry.shares(),
					entry.audience(), entry.imported() ? "CSV" : "MANUAL")
			.update();
	}
}
