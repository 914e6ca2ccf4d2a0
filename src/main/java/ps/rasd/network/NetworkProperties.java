package ps.rasd.network;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the network module.
 *
 * @param mergeUndo how long a merge of two person records may be undone ({@code rasd.network.merge-undo}, 30 days)
 * @param consentVersion the version of the consent text shown on the membership form
 * ({@code rasd.network.consent-version})
 * @param importMaxRows the largest import ({@code rasd.network.import-max-rows}, 200,000 rows)
 */
@ConfigurationProperties("rasd.network")
public record NetworkProperties(Duration mergeUndo, String consentVersion, Integer importMaxRows) {

	public NetworkProperties {
		mergeUndo = mergeUndo == null ? Duration.ofDays(30) : mergeUndo;
		consentVersion = consentVersion == null || consentVersion.isBlank() ? "2026-12" : consentVersion;
		importMaxRows = importMaxRows == null ? 200_000 : importMaxRows;
	}
}
