package ps.rasd.activities;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the activities module.
 *
 * @param consentVersion the version of the consent text on the registration form
 * ({@code rasd.activities.consent-version})
 * @param certificateValidity how long a certificate verifies, or none for ever
 * ({@code rasd.activities.certificate-validity}, e.g. {@code 1825d})
 */
@ConfigurationProperties("rasd.activities")
public record ActivitiesProperties(String consentVersion, Duration certificateValidity) {

	public ActivitiesProperties {
		consentVersion = consentVersion == null || consentVersion.isBlank() ? "2026-12" : consentVersion;
	}
}
