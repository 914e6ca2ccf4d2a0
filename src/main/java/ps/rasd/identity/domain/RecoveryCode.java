package ps.rasd.identity.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time code that stands in for the authenticator once, kept as a hash. */
@Entity
@Table(name = "identity_recovery_code")
public class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String codeHash;

	private Instant createdAt;

	private Instant usedAt;

	protected RecoveryCode() {
	}

	public RecoveryCode(long accountId, String codeHash, Instant now) {
		this.accountId = accountId;
		this.codeHash = codeHash;
		this.createdAt = now;
	}

	public void use(Instant now) {
		this.usedAt = now;
	}

	public boolean isUsed() {
		return usedAt != null;
	}

	public Long getId() {
		return id;
	}

	public String getCodeHash() {
		return codeHash;
	}
}
