package ps.rasd.network.web;

import ps.rasd.network.PersonDetails;

/** The person form's fields, kept as typed so that a form with errors shows them again. */
public record PersonForm(String nameAr, String nameEn, String sex, String birthYear, String ageGroup,
		String governorateCode, String place, String university, String fieldOfStudy, String profession,
		String languages, String phone, String email, String preferredContact) {

	static PersonForm empty() {
		return new PersonForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	static PersonForm of(PersonDetails d) {
		return new PersonForm(d.nameAr(), d.nameEn(), d.sex(), d.birthYear() == null ? null : d.birthYear().toString(),
				d.ageGroup(), d.governorateCode(), d.place(), d.university(), d.fieldOfStudy(), d.profession(),
				d.languages(), d.phone(), d.email(), d.preferredContact());
	}

	PersonDetails details() {
		Integer year = null;
		if (birthYear != null && !birthYear.isBlank()) {
			try {
				year = Integer.valueOf(ps.rasd.shared.Digits.toLatin(birthYear.strip()));
			}
			catch (NumberFormatException ex) {
				year = -1;
			}
		}
		return new PersonDetails(nameAr, nameEn, sex, year, ageGroup, governorateCode, place, university, fieldOfStudy,
				profession, languages, phone, email, preferredContact);
	}
}
