package ps.rasd.identity;

/** What a signed-in person may do (DESIGN §1). Authorities are {@code ROLE_<name>}. */
public enum Role {

	/** Trained youth volunteer: fills visits and files cases in their governorates; sees their own submissions. */
	MONITOR,

	/** Branch coordinator: verifies, refers, publishes and manages monitors in their governorates. */
	COORDINATOR,

	/** Researcher: reads all unsealed data, builds dashboards, reports, polls. */
	ANALYST,

	/** User of a partner organisation: sees what is shared with partners, submits on its behalf. */
	PARTNER,

	/** Freedoms documentation team of their governorates: records, verifies and publishes violations. */
	DOCUMENTER,

	/** System administrator: configuration and accounts. */
	ADMIN;

	/** Whether the role only makes sense with at least one governorate in scope. */
	public boolean needsGovernorates() {
		return this == MONITOR || this == COORDINATOR || this == DOCUMENTER;
	}

	/** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
