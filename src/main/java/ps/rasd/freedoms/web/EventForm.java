package ps.rasd.freedoms.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import ps.rasd.freedoms.Confidence;
import ps.rasd.freedoms.EventDetails;
import ps.rasd.freedoms.InitialReport;
import ps.rasd.freedoms.Risk;
import ps.rasd.freedoms.SealedIdentity;

/** The event form (staff) and the initial report form (public): every typed value comes back on an error. */
public class EventForm {

	private String title;

	private String narrative;

	private String eventType;

	private List<String> rights = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateTo;

	private String governorateCode;

	private String place;

	private Double latitude;

	private Double longitude;

	private Confidence confidence = Confidence.MEDIUM;

	private Risk risk = Risk.MEDIUM;

	private String riskNote;

	private String reporterName;

	private String reporterPhone;

	/** The honeypot: hidden from people, filled by robots. */
	private String website;

	private long version;

	static EventForm of(EventDetails d, long version) {
		EventForm form = new EventForm();
		form.title = d.title();
		form.narrative = d.narrative();
		form.eventType = d.eventType();
		form.rights = new ArrayList<>(d.rights());
		form.dateFrom = d.dateFrom();
		form.dateTo = d.dateTo();
		form.governorateCode = d.governorateCode();
		form.place = d.place();
		form.latitude = d.latitude();
		form.longitude = d.longitude();
		form.confidence = d.confidence();
		form.risk = d.risk();
		form.riskNote = d.riskNote();
		form.version = version;
		return form;
	}

	EventDetails details() {
		return new EventDetails(title, narrative, blank(eventType), new LinkedHashSet<>(rights), dateFrom, dateTo,
				blank(governorateCode), place, latitude, longitude, confidence, risk, riskNote);
	}

	InitialReport report() {
		return new InitialReport(title, narrative, blank(eventType), dateFrom, dateTo, blank(governorateCode), place,
				new SealedIdentity(reporterName, null, reporterPhone, null));
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getNarrative() {
		return narrative;
	}

	public void setNarrative(String narrative) {
		this.narrative = narrative;
	}

	public String getEventType() {
		return eventType;
	}

	public void setEventType(String eventType) {
		this.eventType = eventType;
	}

	public List<String> getRights() {
		return rights;
	}

	public void setRights(List<String> rights) {
		this.rights = rights == null ? new ArrayList<>() : rights;
	}

	public LocalDate getDateFrom() {
		return dateFrom;
	}

	public void setDateFrom(LocalDate dateFrom) {
		this.dateFrom = dateFrom;
	}

	public LocalDate getDateTo() {
		return dateTo;
	}

	public void setDateTo(LocalDate dateTo) {
		this.dateTo = dateTo;
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

	public Confidence getConfidence() {
		return confidence;
	}

	public void setConfidence(Confidence confidence) {
		this.confidence = confidence;
	}

	public Risk getRisk() {
		return risk;
	}

	public void setRisk(Risk risk) {
		this.risk = risk;
	}

	public String getRiskNote() {
		return riskNote;
	}

	public void setRiskNote(String riskNote) {
		this.riskNote = riskNote;
	}

	public String getReporterName() {
		return reporterName;
	}

	public void setReporterName(String reporterName) {
		this.reporterName = reporterName;
	}

	public String getReporterPhone() {
		return reporterPhone;
	}

	public void setReporterPhone(String reporterPhone) {
		this.reporterPhone = reporterPhone;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
