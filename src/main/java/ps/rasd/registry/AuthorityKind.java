package ps.rasd.registry;

/** What kind of body an authority is. */
public enum AuthorityKind {
	MINISTRY, DIRECTORATE, UNIT, MUNICIPALITY, VILLAGE_COUNCIL, UTILITY, UNRWA, NGO
}
