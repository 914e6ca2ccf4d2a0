package ps.rasd.activities;

/** The forms a participant fills through the personal link of their registration. */
public enum SurveyStage {

	/** The feedback survey after the activity, for those who attended. */
	FEEDBACK,

	/** A training's test before it starts, for those registered. */
	PRE,

	/** A training's test at its end, for those who attended. */
	POST;

	/** Whether only those who attended are asked. */
	public boolean forAttendees() {
		return this != PRE;
	}

	/** The stage in a link ({@code feedback}, {@code pre}, {@code post}). */
	public String path() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The stage of a link, or {@code null}. */
	public static SurveyStage ofPath(String path) {
		for (SurveyStage s : values()) {
			if (s.path().equals(path)) {
				return s;
			}
		}
		return null;
	}
}
