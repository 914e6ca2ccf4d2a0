package ps.rasd.network;

import ps.rasd.network.domain.NameKeys;

/** Whether two names are the same person's name by the network's duplicate rules (spelling or sound). */
public final class NameMatch {

	private NameMatch() {
	}

	/** True when the names fold to the same letters or sound the same (Arabic or Latin writing). */
	public static boolean same(String a, String b) {
		if (a == null || b == null || a.isBlank() || b.isBlank()) {
			return false;
		}
		String soundA = NameKeys.sound(a);
		return NameKeys.fold(a).equals(NameKeys.fold(b)) || !soundA.isEmpty() && soundA.equals(NameKeys.sound(b));
	}
}
