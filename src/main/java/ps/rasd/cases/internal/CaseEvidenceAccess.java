package ps.rasd.cases.internal;


import ps.rasd.cases.CaseQueue;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Sight;
import ps.rasd.shared.spi.EvidenceAccess;

/**
 * A case's files are for whoever reads the case in full (its filer, the monitors sent to check it, the coordinators of
 * its governorate, analysts, administrators); never for readers of its redacted copy (partners, the public) from here —
 * a public page picks public-safe files itself.
 */
class CaseEvidenceAccess implements EvidenceAccess {

	private final CaseQueue cases;

	CaseEvidenceAccess(CaseQueue cases) {
		this.cases = cases;
	}

	@Override
	public String subjectType() {
		return "case";
	}

	@Override
	public boolean maySee(String subjectId, RasdPrincipal viewer) {
		if (viewer == null) {
			return false;
		}
		try {
			// the files themselves (full size, and their thumbnails) are for those who read the case in full; a reader
			// of the redacted copy sees only the public-safe photos a coordinator marked, on the public page
			return cases.sight(subjectId, viewer) == Sight.FULL;
		}
		catch (NotFoundException | ForbiddenException ex) {
			return false;
		}
	}
}
