package ps.rasd.polls.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import ps.rasd.polls.FieldworkMode;
import ps.rasd.polls.PollDraft;
import ps.rasd.polls.PollSummary;
import ps.rasd.shared.Digits;

/** The poll form as typed: kept as text so nothing is lost when a value is wrong. */
public final class PollForm {

	private String code = "";

	private String titleAr = "";

	private String titleEn = "";

	private String purposeAr = "";

	private String purposeEn = "";

	private String populationAr = "";

	private String populationEn = "";

	private String formId = "";

	private String fieldworkStart = "";

	private String fieldworkEnd = "";

	private Set<FieldworkMode> modes = EnumSet.noneOf(FieldworkMode.class);

	static PollForm of(PollSummary poll) {
		PollForm f = new PollForm();
		f.code = poll.code();
		f.titleAr = poll.title().ar();
		f.titleEn = nullToEmpty(poll.title().en());
		f.purposeAr = poll.purpose() == null ? "" : poll.purpose().ar();
		f.purposeEn = poll.purpose() == null ? "" : nullToEmpty(poll.purpose().en());
		f.populationAr = poll.population().ar();
		f.populationEn = nullToEmpty(poll.population().en());
		f.formId = String.valueOf(poll.formId());
		f.fieldworkStart = poll.fieldworkStart() == null ? "" : poll.fieldworkStart().toString();
		f.fieldworkEnd = poll.fieldworkEnd() == null ? "" : poll.fieldworkEnd().toString();
		f.modes = poll.modes().isEmpty() ? EnumSet.noneOf(FieldworkMode.class) : EnumSet.copyOf(poll.modes());
		return f;
	}

	PollDraft toDraft(Map<String, String> errors) {
		if (code.isBlank()) {
			errors.put("code", "polls.poll.code-required");
		}
		else if (!code.strip().matches("[A-Za-z0-9][A-Za-z0-9-]{0,39}")) {
			errors.put("code", "polls.poll.code-format");
		}
		if (titleAr.isBlank()) {
			errors.put("titleAr", "polls.poll.title-required");
		}
		if (populationAr.isBlank()) {
			errors.put("populationAr", "polls.poll.population-required");
		}
		Long form = null;
		try {
			form = Long.valueOf(formId.strip());
		}
		catch (NumberFormatException ex) {
			errors.put("formId", "polls.poll.form-unknown");
		}
		LocalDate start = date(fieldworkStart, "fieldworkStart", errors);
		LocalDate end = date(fieldworkEnd, "fieldworkEnd", errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.put("fieldworkEnd", "polls.poll.dates-order");
		}
		if (titleAr.length() > 300 || titleEn.length() > 300 || purposeAr.length() > 4000
				|| purposeEn.length() > 4000 || populationAr.length() > 500 || populationEn.length() > 500) {
			errors.put("form", "polls.poll.too-long");
		}
		if (!errors.isEmpty()) {
			return null;
		}
		return new PollDraft(code.strip(), titleAr, titleEn, purposeAr, purposeEn, populationAr, populationEn, form,
				start, end, modes);
	}

	private static LocalDate date(String text, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(Digits.toLatin(text).strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "polls.poll.bad-date");
			return null;
		}
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? "" : code;
	}

	public String getTitleAr() {
		return titleAr;
	}

	public void setTitleAr(String titleAr) {
		this.titleAr = titleAr == null ? "" : titleAr;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn == null ? "" : titleEn;
	}

	public String getPurposeAr() {
		return purposeAr;
	}

	public void setPurposeAr(String purposeAr) {
		this.purposeAr = purposeAr == null ? "" : purposeAr;
	}

	public String getPurposeEn() {
		return purposeEn;
	}

	public void setPurposeEn(String purposeEn) {
		this.purposeEn = purposeEn == null ? "" : purposeEn;
	}

	public String getPopulationAr() {
		return populationAr;
	}

	public void setPopulationAr(String populationAr) {
		this.populationAr = populationAr == null ? "" : populationAr;
	}

	public String getPopulationEn() {
		return populationEn;
	}

	public void setPopulationEn(String populationEn) {
		this.populationEn = populationEn == null ? "" : populationEn;
	}

	public String getFormId() {
		return formId;
	}

	public void setFormId(String formId) {
		this.formId = formId == null ? "" : formId;
	}

	public String getFieldworkStart() {
		return fieldworkStart;
	}

	public void setFieldworkStart(String fieldworkStart) {
		this.fieldworkStart = fieldworkStart == null ? "" : fieldworkStart;
	}

	public String getFieldworkEnd() {
		return fieldworkEnd;
	}

	public void setFieldworkEnd(String fieldworkEnd) {
		this.fieldworkEnd = fieldworkEnd == null ? "" : fieldworkEnd;
	}

	public Set<FieldworkMode> getModes() {
		return modes;
	}

	public void setModes(Set<FieldworkMode> modes) {
		this.modes = modes == null ? EnumSet.noneOf(FieldworkMode.class) : modes;
	}
}
