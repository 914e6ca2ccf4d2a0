package ps.rasd.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the sealed chain: the last position and hash. Locked by the sealer while it seals a batch, so that one
 * sealer at a time extends the chain, on one node or several; requests never take it.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

	@Id
	private Integer id;

	private long lastId;

	private String lastHash;

	protected AuditHead() {
	}

	public long getLastSeq() {
		return lastId;
	}

	public String getLastHash() {
		return lastHash;
	}

	public void advance(long seq, String hash) {
		this.lastId = seq;
		this.lastHash = hash;
	}
}
