package ps.rasd.network.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ps.rasd.network.DuplicateSuggestion;
import ps.rasd.network.PersonId;

/**
 * Finds records that may be the same person, each question answered by an index: the sound key by prefix (as one
 * types), the first and last name's sounds together, the phone key, the e-mail key. At most a few dozen rows are
 * read whatever the size of the table.
 */
@Component
public class DuplicateFinder {

	private static final int PER_KEY = 15;

	private static final String COLS = "id, name_ar, name_en, governorate_code, name_key, sound_key, phone_key, email_key";

	private final JdbcClient jdbc;

	DuplicateFinder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Hit(long id, String nameAr, String nameEn, String governorate, String nameKey, String soundKey,
			String phoneKey, String emailKey) {
	}

	/**
	 * Records that may be the person of this name, phone and e-mail, likeliest first.
	 * @param excluded a record not to propose (the one being edited), or {@code 0}
	 */
	public List<DuplicateSuggestion> suggest(String name, String phone, String email, long excluded, int limit) {
		String fold = NameKeys.fold(name);
		String sound = NameKeys.sound(name);
		String first = NameKeys.first(name);
		String last = NameKeys.last(name);
		String phoneKey = NameKeys.phone(phone);
		String emailKey = NameKeys.email(email);
		Map<Long, Hit> hits = new LinkedHashMap<>();
		if (sound.length() >= 2) {
			collect(hits, "sound_key >= ? and sound_key < ?", sound, NameKeys.after(sound));
		}
		if (!first.isEmpty() && !last.isEmpty()) {
			collect(hits, "first_key = ? and last_key = ?", first, last);
		}
		if (phoneKey != null) {
			collect(hits, "phone_key = ?", phoneKey);
		}
		if (emailKey != null) {
			collect(hits, "email_key = ?", emailKey);
		}
		List<DuplicateSuggestion> out = new ArrayList<>();
		for (Hit hit : hits.values()) {
			if (hit.id() == excluded) {
				continue;
			}
			List<String> reasons = new ArrayList<>();
			int score = 0;
			if (phoneKey != null && phoneKey.equals(hit.phoneKey())) {
				reasons.add("phone");
				score = 100;
			}
			if (emailKey != null && emailKey.equals(hit.emailKey())) {
				reasons.add("email");
				score = 100;
			}
			if (!fold.isEmpty() && fold.equals(hit.nameKey())) {
				reasons.add("name");
				score = Math.max(score, 80);
			}
			else if (!sound.isEmpty() && sound.equals(hit.soundKey())) {
				reasons.add("sound");
				score = Math.max(score, 70);
			}
			else if (!first.isEmpty() && !last.isEmpty() && hit.soundKey().startsWith(first + "x")
					&& hit.soundKey().endsWith("x" + last)) {
				reasons.add("first-last");
				score = Math.max(score, 60);
			}
			else if (!sound.isEmpty() && hit.soundKey().startsWith(sound)) {
				reasons.add("prefix");
				score = Math.max(score, 40);
			}
			if (score > 0) {
				out.add(new DuplicateSuggestion(new PersonId(hit.id()), hit.nameAr(), hit.nameEn(), hit.governorate(),
						List.copyOf(reasons), score));
			}
		}
		out.sort(Comparator.comparingInt(DuplicateSuggestion::score).reversed()
			.thenComparing(DuplicateSuggestion::nameAr));
		return out.size() > limit ? out.subList(0, limit) : out;
	}

	private void collect(Map<Long, Hit> hits, String condition, Object... args) {
		jdbc.sql("select " + COLS + " from network_person where " + condition
				+ " and merged_into is null and erased_at is null order by id limit " + PER_KEY)
			.params(args)
			.query((rs, n) -> new Hit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
			.list()
			.forEach(h -> hits.putIfAbsent(h.id(), h));
	}
}
