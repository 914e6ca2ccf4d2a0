package ps.rasd.freedoms;

/**
 * The editable vocabularies of the module. Where HURIDOCS has a micro-thesaurus (Micro-thesauri, 2001), the seeded
 * entries carry its number in {@code huridocs_code} (e.g. {@code MT04}); an administrator refines that to the term's
 * own code in the list page.
 */
public enum TermKind {

	/** Types of event (micro-thesaurus 2, "Violations typology", adapted to public freedoms). */
	EVENT_TYPE,

	/** Types of act (micro-thesaurus 4, "Types of acts"). */
	ACT_TYPE,

	/** Rights affected (micro-thesaurus 3, "Rights typology"). */
	RIGHT,

	/** Victims' professions (micro-thesaurus 10, "Occupations (ILO categories)"). */
	PROFESSION,

	/** Alleged perpetrators' types; seeded without names of bodies (an administrator adds those). */
	PERPETRATOR_TYPE,

	/** Types of source (who told us and how). */
	SOURCE_TYPE
}
