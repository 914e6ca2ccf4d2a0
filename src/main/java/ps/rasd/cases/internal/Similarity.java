package ps.rasd.cases.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import ps.rasd.shared.ArabicText;

/**
 * How alike two complaints read, after Arabic normalization: the share of words they have in common (Jaccard), words
 * taken without the definite article and the common one-letter prefixes, short words ignored. Also the distance
 * between two points on the ground.
 */
public final class Similarity {

	private static final double EARTH_RADIUS_M = 6_371_000;

	private Similarity() {
	}

	/** The words of a text as compared: normalized, stripped of prefixes, at least three letters. */
	public static Set<String> words(String text) {
		return Arrays.stream(ArabicText.searchKey(text == null ? "" : text).split("[^\\p{L}\\p{N}]+"))
			.map(Similarity::stem)
			.filter(w -> w.length() >= 3)
			.collect(Collectors.toSet());
	}

	/** Jaccard similarity of the word sets, 0 to 1. */
	public static double of(String a, String b) {
		Set<String> left = words(a);
		Set<String> right = words(b);
		if (left.isEmpty() || right.isEmpty()) {
			return 0;
		}
		long common = left.stream().filter(right::contains).count();
		return (double) common / (left.size() + right.size() - common);
	}

	/** Metres between two points (haversine). */
	public static double metres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
	}

	static String stem(String word) {
		String w = word;
		for (String prefix : new String[] { "وال", "بال", "فال", "كال", "لل", "ال" }) {
			if (w.startsWith(prefix) && w.length() - prefix.length() >= 3) {
				return w.substring(prefix.length());
			}
		}
		if ((w.startsWith("و") || w.startsWith("ب") || w.startsWith("ف")) && w.length() >= 5) {
			w = w.substring(1);
		}
		return w;
	}
}
