package ps.rasd.advocacy.domain;

import java.util.Arrays;
import java.util.List;

/** Lists of codes kept as one column, separated by commas. */
public final class Codes {

	private Codes() {
	}

	public static String join(String codes) {
		List<String> list = split(codes);
		return list.isEmpty() ? null : String.join(",", list);
	}

	public static List<String> split(String codes) {
		if (codes == null || codes.isBlank()) {
			return List.of();
		}
		return Arrays.stream(codes.split("[,،\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}
}
