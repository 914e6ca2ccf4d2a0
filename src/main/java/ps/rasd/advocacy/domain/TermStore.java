package ps.rasd.advocacy.domain;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import ps.rasd.advocacy.Term;
import ps.rasd.advocacy.TermList;
import ps.rasd.shared.LocalizedText;

/** The editable lists, in their order. */
@Repository
public class TermStore {

	private final JdbcTemplate jdbc;

	TermStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Term> list(TermList list) {
		return jdbc.query("select code, name_ar, name_en from advocacy_term where list_name = ? order by sort_order, id",
				(rs, i) -> new Term(list, rs.getString(1), new LocalizedText(rs.getString(2), rs.getString(3))),
				list.name());
	}

	public boolean exists(TermList list, String code) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select count(*) > 0 from advocacy_term where list_name = ? and code = ?", Boolean.class, list.name(),
				code));
	}

	public void add(TermList list, String code, String nameAr, String nameEn) {
		Integer next = jdbc.queryForObject(
				"select coalesce(max(sort_order), 0) + 1 from advocacy_term where list_name = ?", Integer.class,
				list.name());
		jdbc.update("insert into advocacy_term (list_name, code, name_ar, name_en, sort_order) values (?, ?, ?, ?, ?)",
				list.name(), code, nameAr, nameEn, next);
	}

	public void rename(TermList list, String code, String nameAr, String nameEn) {
		jdbc.update("update advocacy_term set name_ar = ?, name_en = ? where list_name = ? and code = ?", nameAr, nameEn,
				list.name(), code);
	}
}
