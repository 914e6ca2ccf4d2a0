package ps.rasd.cases.internal;


import ps.rasd.cases.CaseQueue;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.EvidenceAccess;

/**
 * A case's files are for whoever may read the case (its filer, the coordinators of its governorate, analysts,
 * administrators, partners when shared); never for the public from here — a public page picks public-safe files itself.
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
			cases.byReference(subjectId, viewer);
			return true;
		}
		catch (NotFoundException | ForbiddenException ex) {
			return false;
		}
	}
}
