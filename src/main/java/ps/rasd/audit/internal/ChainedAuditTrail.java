package ps.rasd.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.audit.domain.AuditEntry;
import ps.rasd.audit.domain.AuditEntryRepository;
import ps.rasd.audit.domain.AuditHead;
import ps.rasd.audit.domain.AuditHeadRepository;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.RasdPrincipal;

/**
 * Appends to the chain in the caller's transaction. Entries are collected while the transaction works and written
 * just before it commits: the head is locked, each entry linked to the last hash, the head moved. The lock is held
 * only for that last moment, so writers wait for each other briefly and the chain never forks, on one node or
 * several. A change that rolls back leaves no entry; an entry is never written without its change.
 */
@Component
class ChainedAuditTrail implements AuditTrail {

	private static final int DETAILS_MAX = 4000;

	private final AuditEntryRepository entries;

	private final AuditHeadRepository heads;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ChainedAuditTrail(AuditEntryRepository entries, AuditHeadRepository heads, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.entries = entries;
		this.heads = heads;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void record(String action, String subjectType, Object subjectId, String governorateCode, String details) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		Long actorId = null;
		String actorName = "system";
		if (auth != null && auth.getPrincipal() instanceof RasdPrincipal p) {
			// the log names accounts by id only: erasing a person's identity must not break the chain
			actorId = p.accountId();
			actorName = "account-" + p.accountId();
		}
		String text = details == null || details.length() <= DETAILS_MAX ? details : details.substring(0, DETAILS_MAX);
		Pending entry = new Pending(clock.instant(), actorId, actorName, action, subjectType,
				String.valueOf(subjectId), governorateCode, text);
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()) {
			pending().add(entry);
		}
		else {
			transactions.executeWithoutResult(status -> append(new ArrayList<>(List.of(entry))));
		}
	}

	/** The entries of the current transaction, written when it is about to commit. */
	private List<Pending> pending() {
		@SuppressWarnings("unchecked")
		List<Pending> list = (List<Pending>) TransactionSynchronizationManager.getResource(this);
		if (list == null) {
			List<Pending> created = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(this, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					append(created);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ChainedAuditTrail.this);
				}
			});
			list = created;
		}
		return list;
	}

	private void append(List<Pending> batch) {
		if (batch.isEmpty()) {
			return;
		}
		AuditHead head = heads.lockHead().orElseThrow(() -> new IllegalStateException("audit head missing"));
		String previous = head.getLastHash();
		AuditEntry last = null;
		for (Pending p : batch) {
			last = entries.save(new AuditEntry(p.at(), p.actorId(), p.actorName(), p.action(), p.subjectType(),
					p.subjectId(), p.governorateCode(), p.details(), previous));
			previous = last.getHash();
		}
		head.advance(last.getId(), last.getHash());
		heads.save(head);
		batch.clear();
	}

	private record Pending(Instant at, Long actorId, String actorName, String action, String subjectType,
			String subjectId, String governorateCode, String details) {
	}
}
