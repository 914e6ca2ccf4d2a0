package ps.rasd.registry.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ps.rasd.registry.AuthorityDetails;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.ValidEmail;

/** The authority form. */
record AuthorityForm(Long parentId, @NotNull AuthorityKind kind, @NotBlank @Size(max = 300) String nameAr,
		@Size(max = 300) String nameEn, String governorateCode, String sectorCode, @ValidEmail @Size(max = 254) String email,
		@Size(max = 40) String phone, @Size(max = 500) String address,
		@NotNull @Min(1) @Max(365) Integer replyDeadlineDays, Long version) {

	static AuthorityForm empty() {
		return new AuthorityForm(null, AuthorityKind.UNIT, "", "", "", "", "", "", "", 14, null);
	}

	static AuthorityForm of(AuthoritySummary a) {
		return new AuthorityForm(a.parentId(), a.kind(), a.name().ar(), a.name().en(), a.governorateCode(),
				a.sectorCode(), a.email(), a.phone(), a.address(), a.replyDeadlineDays(), a.version());
	}

	AuthorityDetails details() {
		return new AuthorityDetails(parentId, kind, new LocalizedText(nameAr, nameEn), governorateCode, sectorCode,
				email, phone, address, replyDeadlineDays);
	}
}
