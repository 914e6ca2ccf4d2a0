package ps.rasd.audit.internal;

import java.time.Clock;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.audit.domain.AuditEntry;
import ps.rasd.audit.domain.AuditEntryRepository;
import ps.rasd.audit.domain.AuditHead;
import ps.rasd.audit.domain.AuditHeadRepository;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.RasdPrincipal;

/**
 * Appends to the chain in the caller's transaction: locks the head, links the new entry to the last hash, moves the
 * head. Two writers wait for each other, so the chain never forks, on one node or several.
 */
@Component
class ChainedAuditTrail implements AuditTrail {

	private static final int DETAILS_MAX = 4000;

	private final AuditEntryRepository entries;

	private final AuditHeadRepository heads;

	private final Clock clock;

	ChainedAuditTrail(AuditEntryRepository entries, AuditHeadRepository heads, Clock clock) {
		this.entries = entries;
		this.heads = heads;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void record(String action, String subjectType, Object subjectId, String governorateCode, String details) {
		AuditHead head = heads.lockHead().orElseThrow(() -> new IllegalStateException("audit head missing"));
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		Long actorId = null;
		String actorName = "system";
		if (auth != null && auth.getPrincipal() instanceof RasdPrincipal p) {
			actorId = p.accountId();
			actorName = p.username();
		}
		String text = details == null || details.length() <= DETAILS_MAX ? details : details.substring(0, DETAILS_MAX);
		AuditEntry entry = entries.save(new AuditEntry(clock.instant(), actorId, actorName, action, subjectType,
				String.valueOf(subjectId), governorateCode, text, head.getLastHash()));
		head.advance(entry.getId(), entry.getHash());
	}
}
