package ps.rasd.audit.internal;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.RasdPrincipal;

/**
 * Appends to the log in the caller's transaction, without any lock: entries are collected while the transaction works
 * and inserted unsealed just before it commits, so audited writers never wait for each other. After the commit the
 * sealer is woken and links them into the hash chain ({@link AuditSealer}). A change that rolls back leaves no entry;
 * an entry is never written without its change.
 */
@Component
class ChainedAuditTrail implements AuditTrail {

	private static final int DETAILS_MAX = 4000;

	/** The entry's columns' types: a null is bound as what it is, without asking the database. */
	private static final int[] COLUMN_TYPES = { Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR };

	private final JdbcTemplate jdbc;

	private final ObjectProvider<AuditSealer> sealer;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ChainedAuditTrail(JdbcTemplate jdbc, ObjectProvider<AuditSealer> sealer, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.sealer = sealer;
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
			wakeSealer();
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
				public void afterCommit() {
					wakeSealer();
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

	/**
	 * Inserts the transaction's entries unsealed, in one batch of plain SQL (an entry is never read or changed here,
	 * so the ORM would only add its bookkeeping); the time is kept to the millisecond, as the hash reads it.
	 */
	private void append(List<Pending> batch) {
		if (batch.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("insert into audit_entry (at, actor_id, actor_name, action, subject_type, subject_id,"
				+ " governorate_code, details) values (?, ?, ?, ?, ?, ?, ?, ?)", batch.stream()
					.map(p -> new Object[] { OffsetDateTime.ofInstant(p.at().truncatedTo(ChronoUnit.MILLIS),
							ZoneOffset.UTC), p.actorId(), p.actorName(), p.action(), p.subjectType(), p.subjectId(),
							p.governorateCode(), p.details() })
					.toList(), COLUMN_TYPES);
		batch.clear();
	}

	private void wakeSealer() {
		sealer.ifAvailable(AuditSealer::wake);
	}

	private record Pending(Instant at, Long actorId, String actorName, String action, String subjectType,
			String subjectId, String governorateCode, String details) {
	}
}
