package ps.rasd.network;

/**
 * What staff (or the public membership form) enter about a person. Blank strings are kept as {@code null}.
 *
 * @param nameAr the name in Arabic (required)
 * @param nameEn the name in Latin letters, if they want one
 * @param sex {@code F}, {@code M} or {@code null}
 * @param birthYear year of birth, or {@code null}
 * @param ageGroup an age group (e.g. {@code 18-24}) when the year is not given
 * @param governorateCode PCBS code of the governorate they live in
 * @param place town, village or camp
 * @param university for students
 * @param fieldOfStudy for students
 * @param profession their work
 * @param languages languages they speak, free text
 * @param phone a phone number in any writing
 * @param email an e-mail address
 * @param preferredContact {@code PHONE}, {@code EMAIL}, {@code SMS}, {@code WHATSAPP} or {@code null}
 */
public record PersonDetails(String nameAr, String nameEn, String sex, Integer birthYear, String ageGroup,
		String governorateCode, String place, String university, String fieldOfStudy, String profession,
		String languages, String phone, String email, String preferredContact) {

	/** A person known by an Arabic name in a governorate, nothing else. */
	public static PersonDetails named(String nameAr, String governorateCode) {
		return new PersonDetails(nameAr, null, null, null, null, governorateCode, null, null, null, null, null, null,
				null, null);
	}

	/** The same details with contact details. */
	public PersonDetails withContacts(String phone, String email) {
		return new PersonDetails(nameAr, nameEn, sex, birthYear, ageGroup, governorateCode, place, university,
				fieldOfStudy, profession, languages, phone, email, preferredContact);
	}

	/** The same details with a Latin name. */
	public PersonDetails withLatinName(String latin) {
		return new PersonDetails(nameAr, latin, sex, birthYear, ageGroup, governorateCode, place, university,
				fieldOfStudy, profession, languages, phone, email, preferredContact);
	}

	/** The same details as a student. */
	public PersonDetails studying(String university, String fieldOfStudy) {
		return new PersonDetails(nameAr, nameEn, sex, birthYear, ageGroup, governorateCode, place, university,
				fieldOfStudy, profession, languages, phone, email, preferredContact);
	}
}
