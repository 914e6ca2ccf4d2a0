package ps.rasd.network;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A saved filter over people: e.g. "youth-branch members in Nablus who study law". Blank parts match everyone.
 *
 * @param governorateCode the person's governorate (or the branch's, with a membership body)
 * @param body a membership body the person holds
 * @param status the status of that membership ({@code ACTIVE} unless given)
 * @param fieldOfStudy a part of the field of study, any spelling
 * @param university a part of the university's name
 * @param sex {@code F} or {@code M}
 */
public record SegmentFilter(String governorateCode, MembershipBody body, MembershipStatus status, String fieldOfStudy,
		String university, String sex) {

	/** The filter as stored: {@code key=value} pairs joined by {@code ;}. */
	public String encode() {
		Map<String, Object> parts = new LinkedHashMap<>();
		parts.put("governorate", governorateCode);
		parts.put("body", body);
		parts.put("status", status);
		parts.put("field", fieldOfStudy);
		parts.put("university", university);
		parts.put("sex", sex);
		StringBuilder out = new StringBuilder();
		parts.forEach((k, v) -> {
			if (v != null && !v.toString().isBlank()) {
				out.append(out.isEmpty() ? "" : ";").append(k).append('=').append(v.toString().replace(";", " "));
			}
		});
		return out.toString();
	}

	/** The filter of a stored text. */
	public static SegmentFilter decode(String text) {
		Map<String, String> parts = new LinkedHashMap<>();
		for (String pair : text == null ? new String[0] : text.split(";")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				parts.put(pair.substring(0, eq), pair.substring(eq + 1));
			}
		}
		return new SegmentFilter(parts.get("governorate"),
				parts.containsKey("body") ? MembershipBody.valueOf(parts.get("body")) : null,
				parts.containsKey("status") ? MembershipStatus.valueOf(parts.get("status")) : null, parts.get("field"),
				parts.get("university"), parts.get("sex"));
	}
}
