package ps.rasd.polls.web;

import java.util.ArrayList;
import java.util.List;

import ps.rasd.polls.TargetTable;
import ps.rasd.polls.analysis.PopulationTargetTable;

/** The editor of a population target table: every typed value is kept as text, so a bad entry comes back as typed. */
public class TargetTableForm {

	/** Blank rows offered after the filled ones, to add categories without JavaScript. */
	static final int SPARE_ROWS = 3;

	private Long id;

	private Long version;

	private String variable = "";

	private String nameAr = "";

	private String nameEn = "";

	private String source = "";

	private String year = "";

	private String kind = "COUNTS";

	private List<RowForm> rows = new ArrayList<>();

	static TargetTableForm empty() {
		TargetTableForm form = new TargetTableForm();
		form.spare();
		return form;
	}

	static TargetTableForm of(TargetTable stored) {
		TargetTableForm form = new TargetTableForm();
		PopulationTargetTable t = stored.table();
		form.id = stored.id();
		form.version = stored.version();
		form.variable = t.variable();
		form.nameAr = t.label().ar();
		form.nameEn = t.label().en() == null ? "" : t.label().en();
		form.source = t.source() == null ? "" : t.source();
		form.year = t.year() == null ? "" : String.valueOf(t.year());
		form.kind = t.kind().name();
		for (PopulationTargetTable.Row r : t.rows()) {
			RowForm row = new RowForm();
			row.setCategory(r.category());
			row.setNameAr(r.label().ar());
			row.setNameEn(r.label().en() == null ? "" : r.label().en());
			row.setValue(plain(r.value()));
			form.rows.add(row);
		}
		form.spare();
		return form;
	}

	/** Adds blank rows up to {@link #SPARE_ROWS} after the last filled one. */
	void spare() {
		long blank = rows.stream().filter(RowForm::blank).count();
		for (long i = blank; i < SPARE_ROWS; i++) {
			rows.add(new RowForm());
		}
	}

	private static String plain(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value)
				: java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getVariable() {
		return variable;
	}

	public void setVariable(String variable) {
		this.variable = variable;
	}

	public String getNameAr() {
		return nameAr;
	}

	public void setNameAr(String nameAr) {
		this.nameAr = nameAr;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getYear() {
		return year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public List<RowForm> getRows() {
		return rows;
	}

	public void setRows(List<RowForm> rows) {
		this.rows = rows;
	}

	/** One row of the editor. */
	public static class RowForm {

		private String category = "";

		private String nameAr = "";

		private String nameEn = "";

		private String value = "";

		boolean blank() {
			return isBlank(category) && isBlank(nameAr) && isBlank(nameEn) && isBlank(value);
		}

		static boolean isBlank(String s) {
			return s == null || s.isBlank();
		}

		public String getCategory() {
			return category;
		}

		public void setCategory(String category) {
			this.category = category;
		}

		public String getNameAr() {
			return nameAr;
		}

		public void setNameAr(String nameAr) {
			this.nameAr = nameAr;
		}

		public String getNameEn() {
			return nameEn;
		}

		public void setNameEn(String nameEn) {
			this.nameEn = nameEn;
		}

		public String getValue() {
			return value;
		}

		public void setValue(String value) {
			this.value = value;
		}
	}
}
