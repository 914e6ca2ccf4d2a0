package ps.rasd.freedoms;

/**
 * A victim as the documenter records them.
 *
 * @param kind a person or a group
 * @param description a public description of a group (e.g. "students of a university"), never a person's name
 * @param sex the sex ({@link Sex#UNKNOWN} for a group)
 * @param ageGroup the age group
 * @param profession a code of {@link TermKind#PROFESSION}, or {@code null}
 * @param governorateCode where the victim lives, or {@code null}
 * @param identity the sealed identity
 */
public record VictimInput(VictimKind kind, String description, Sex sex, AgeGroup ageGroup, String profession,
		String governorateCode, SealedIdentity identity) {

	public VictimInput {
		kind = kind == null ? VictimKind.PERSON : kind;
		sex = sex == null ? Sex.UNKNOWN : sex;
		ageGroup = ageGroup == null ? AgeGroup.UNKNOWN : ageGroup;
		identity = identity == null ? SealedIdentity.NONE : identity;
	}
}
