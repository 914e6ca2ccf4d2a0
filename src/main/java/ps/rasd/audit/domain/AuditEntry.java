package ps.rasd.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.audit.AuditEntrySummary;

/**
 * An entry of the log; never changed once sealed. It is written unsealed (no position, no hash) with the change it
 * records, and sealed shortly after by the sealer: given its position in the chain and a hash covering every field and
 * the previous entry's hash.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant at;

	private Long actorId;

	private String actorName;

	private String action;

	private String subjectType;

	private String subjectId;

	private String governorateCode;

	private String details;

	private Long seq;

	private String previousHash;

	private String hash;

	protected AuditEntry() {
	}

	public AuditEntry(Instant at, Long actorId, String actorName, String action, String subjectType, String subjectId,
			String governorateCode, String details) {
		this.at = at.truncatedTo(ChronoUnit.MILLIS);
		this.actorId = actorId;
		this.actorName = actorName;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.governorateCode = governorateCode;
		this.details = details;
	}

	/** Links this entry into the chain at the given position, after the entry whose hash is given. */
	public void seal(long position, String previous) {
		if (seq != null) {
			throw new IllegalStateException("audit entry " + id + " is already sealed");
		}
		this.seq = position;
		this.previousHash = previous;
		this.hash = computeHash();
	}

	/** SHA-256 of the previous hash and every field, each length-prefixed so that no two entries read alike. */
	public String computeHash() {
		StringBuilder text = new StringBuilder(previousHash);
		for (Object field : new Object[] { at.toEpochMilli(), actorId, actorName, action, subjectType, subjectId,
				governorateCode, details }) {
			String value = field == null ? "\u0000" : field.toString();
			text.append('|').append(value.length()).append(':').append(value);
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Long getId() {
		return id;
	}

	public Long getSeq() {
		return seq;
	}

	public boolean sealed() {
		return seq != null;
	}

	public String getPreviousHash() {
		return previousHash;
	}

	public String getHash() {
		return hash;
	}

	public AuditEntrySummary toSummary() {
		return new AuditEntrySummary(id, at, actorId, actorName, action, subjectType, subjectId, governorateCode,
				details, hash);
	}
}
