package ps.rasd.forms;

/** The kinds of question a form can ask. */
public enum QuestionType {

	SINGLE_CHOICE, MULTIPLE_CHOICE, RATING, YES_NO_NA, INTEGER, DECIMAL, TEXT, LONG_TEXT, DATE, TIME, FILE, GEOPOINT;

	/** Whether the question lists its own choices. */
	public boolean hasChoices() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}

	/** Whether answers can be turned into points for an indicator. */
	public boolean scorable() {
		return hasChoices() || this == RATING || this == YES_NO_NA || this == INTEGER || this == DECIMAL;
	}

	/** Whether min / max constraints apply. */
	public boolean numeric() {
		return this == INTEGER || this == DECIMAL;
	}

	/** Whether length and pattern constraints apply. */
	public boolean textual() {
		return this == TEXT || this == LONG_TEXT;
	}
}
