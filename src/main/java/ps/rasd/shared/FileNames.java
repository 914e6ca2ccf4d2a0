package ps.rasd.shared;

/**
 * A file name as a client sent it, made safe to show and keep: the last path segment only, control characters
 * (NUL, line breaks, bidirectional overrides that would disguise an extension) removed, letters of any script kept
 * (Arabic names stay Arabic), at most 200 characters.
 */
public final class FileNames {

	private static final int MAX_LENGTH = 200;

	private FileNames() {
	}

	/** The clean name, or an empty string when nothing is left. */
	public static String clean(String name) {
		if (name == null) {
			return "";
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String cleaned = last.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\u200C\\u200D]]", "").strip();
		return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
	}
}
