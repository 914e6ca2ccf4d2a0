package ps.rasd.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the chain; locked by each append so that entries are chained one after the other. */
@Entity
@Table(name = "audit_head")
public class AuditHead {

	@Id
	private Integer id;

	private long lastId;

	private String lastHash;

	protected AuditHead() {
	}

	public String getLastHash() {
		return lastHash;
	}

	public void advance(long entryId, String hash) {
		this.lastId = entryId;
		this.lastHash = hash;
	}
}
