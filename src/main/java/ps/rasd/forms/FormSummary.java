package ps.rasd.forms;

import java.util.List;

import ps.rasd.shared.LocalizedText;

/**
 * A form and its versions.
 *
 * @param id the form id
 * @param code a stable code, e.g. {@code health-centre}
 * @param title its title
 * @param sectorCode the sector whose facilities it is used for, may be {@code null}
 * @param versions its versions, newest first
 */
public record FormSummary(long id, String code, LocalizedText title, String sectorCode,
		List<FormVersionSummary> versions) {

	/** The version answered today: the newest published one. */
	public java.util.Optional<FormVersionSummary> current() {
		return versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).findFirst();
	}

	/** The draft being edited, if any. */
	public java.util.Optional<FormVersionSummary> draft() {
		return versions.stream().filter(v -> v.status() == VersionStatus.DRAFT).findFirst();
	}
}
