package ps.rasd.advocacy.web;

import java.time.LocalDate;

/** A stage reached, as typed. */
record StageForm(String stage, LocalDate onDate, String source, String note) {

	static StageForm empty() {
		return new StageForm(null, null, null, null);
	}
}
