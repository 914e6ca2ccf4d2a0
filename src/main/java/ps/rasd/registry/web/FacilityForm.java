package ps.rasd.registry.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.FacilitySummary;

/** The facility form; the place is typed by name and found in the governorate. */
record FacilityForm(@NotBlank @Size(max = 300) String nameAr, @Size(max = 300) String nameEn,
		@NotBlank String typeCode, @NotBlank String governorateCode, @Size(max = 200) String place, Long authorityId,
		Double latitude, Double longitude, @Size(max = 500) String address, FacilityStatus status, Long version) {

	static FacilityForm empty(String governorateCode) {
		return new FacilityForm("", "", "", governorateCode, "", null, null, null, "", FacilityStatus.OPEN, null);
	}

	static FacilityForm of(FacilitySummary f, String placeName) {
		return new FacilityForm(f.name().ar(), f.name().en(), f.typeCode(), f.governorateCode(), placeName,
				f.authorityId(), f.latitude(), f.longitude(), f.address(), f.status(), f.version());
	}
}
