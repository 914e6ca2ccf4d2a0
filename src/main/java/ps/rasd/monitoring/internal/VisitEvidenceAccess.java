package ps.rasd.monitoring.internal;


import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.EvidenceAccess;

/** A visit's photos are for whoever may see the visit. */
class VisitEvidenceAccess implements EvidenceAccess {

	private final MonitoringManagement monitoring;

	VisitEvidenceAccess(MonitoringManagement monitoring) {
		this.monitoring = monitoring;
	}

	@Override
	public String subjectType() {
		return "visit";
	}

	@Override
	public boolean maySee(String subjectId, RasdPrincipal viewer) {
		if (viewer == null) {
			return false;
		}
		try {
			monitoring.visit(Long.parseLong(subjectId), viewer);
			return true;
		}
		catch (NotFoundException | NumberFormatException ex) {
			return false;
		}
	}
}
