package ps.rasd.analytics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the analytics module ({@code rasd.analytics.*}).
 *
 * @param exportRetention how long a finished export's file is kept for download
 * @param exportThreads how many exports run at once on this node
 * @param exportsPerPerson how many exports one person may have waiting or running
 * @param directExportLimit the most rows a public download made on the spot may hold
 * @param cleanupInterval how often expired files and stalled jobs are looked for
 * @param reportsKept how many of the latest periodic reports are kept for download
 * @param figuresCache how long public figures (dashboards, home page, map) are kept before they are counted again;
 *        zero counts them on every request
 */
@ConfigurationProperties("rasd.analytics")
public record AnalyticsProperties(@DefaultValue("P3D") Duration exportRetention,
		@DefaultValue("1") int exportThreads, @DefaultValue("3") int exportsPerPerson,
		@DefaultValue("100000") long directExportLimit, @DefaultValue("PT1H") Duration cleanupInterval,
		@DefaultValue("10") int reportsKept, @DefaultValue("PT1M") Duration figuresCache) {
}
