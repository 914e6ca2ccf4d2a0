package ps.rasd.cases.web;

import java.util.Map;

import org.springframework.validation.BindingResult;

import ps.rasd.cases.NewCase;
import ps.rasd.cases.ReporterDetails;
import ps.rasd.shared.InvalidInputException;

/**
 * The complaint form, public or staff: every field is kept as typed so a refused form comes back whole.
 */
public class CaseForm {

	private String title;

	private String description;

	private String governorateCode;

	private String place;

	private Long facilityId;

	private String sectorCode;

	private Double latitude;

	private Double longitude;

	private String name;

	private String phone;

	private String email;

	private Boolean anonymous;

	private Boolean wantsUpdates;

	/** The honeypot: hidden from people, filled by robots. */
	private String website;

	private String idempotencyKey;

	/** The case as the facade takes it; the place is resolved by name beforehand. */
	NewCase toNewCase(Long placeId) {
		return new NewCase(title, description, governorateCode, placeId, facilityId, sectorCode, latitude, longitude);
	}

	ReporterDetails toReporter(String language) {
		boolean hidden = Boolean.TRUE.equals(anonymous);
		return new ReporterDetails(blank(name), blank(phone), blank(email), hidden, Boolean.TRUE.equals(wantsUpdates),
				language);
	}

	/** Puts the facade's field errors beside the form's fields. */
	static void reject(InvalidInputException ex, BindingResult errors) {
		Map<String, String> fields = Map.of("placeId", "place", "facilityId", "facilityId");
		for (InvalidInputException.Field f : ex.fields()) {
			String field = fields.getOrDefault(f.field(), f.field());
			if (errors.getFieldType(field) == null && !isField(field)) {
				errors.reject(f.code(), f.arguments().toArray(), null);
			}
			else {
				errors.rejectValue(field, f.code(), f.arguments().toArray(), null);
			}
		}
	}

	private static boolean isField(String field) {
		return switch (field) {
			case "title", "description", "governorateCode", "place", "facilityId", "sectorCode", "latitude",
					"longitude", "name", "phone", "email" -> true;
			default -> false;
		};
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getGovernorateCode() {
		return governorateCode;
	}

	public void setGovernorateCode(String governorateCode) {
		this.governorateCode = governorateCode;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public Long getFacilityId() {
		return facilityId;
	}

	public void setFacilityId(Long facilityId) {
		this.facilityId = facilityId;
	}

	public String getSectorCode() {
		return sectorCode;
	}

	public void setSectorCode(String sectorCode) {
		this.sectorCode = sectorCode;
	}

	public Double getLatitude() {
		return latitude;
	}

	public void setLatitude(Double latitude) {
		this.latitude = latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public void setLongitude(Double longitude) {
		this.longitude = longitude;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Boolean getAnonymous() {
		return anonymous;
	}

	public void setAnonymous(Boolean anonymous) {
		this.anonymous = anonymous;
	}

	public Boolean getWantsUpdates() {
		return wantsUpdates;
	}

	public void setWantsUpdates(Boolean wantsUpdates) {
		this.wantsUpdates = wantsUpdates;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}
}
