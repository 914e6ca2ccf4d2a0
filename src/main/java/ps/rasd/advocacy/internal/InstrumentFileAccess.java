package ps.rasd.advocacy.internal;

import ps.rasd.advocacy.AdvocacyManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.EvidenceAccess;

/** Who sees the official PDF of an instrument: whoever reads the instrument. */
class InstrumentFileAccess implements EvidenceAccess {

	private final AdvocacyManagement tracker;

	InstrumentFileAccess(AdvocacyManagement tracker) {
		this.tracker = tracker;
	}

	@Override
	public String subjectType() {
		return AdvocacyManagement.TYPE;
	}

	@Override
	public boolean maySee(String subjectId, RasdPrincipal viewer) {
		if (!subjectId.matches("\\d{1,18}")) {
			return false;
		}
		return tracker.byIds(java.util.List.of(Long.valueOf(subjectId))).stream()
			.anyMatch(i -> i.published() || AdvocacyManagement.advocates(viewer));
	}
}
