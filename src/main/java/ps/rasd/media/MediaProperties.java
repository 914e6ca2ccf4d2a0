package ps.rasd.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the media module.
 *
 * @param suppressAfterFailures after how many failed newsletter mails an address is suppressed
 *        ({@code rasd.media.suppress-after-failures})
 */
@ConfigurationProperties("rasd.media")
public record MediaProperties(@DefaultValue("2") int suppressAfterFailures) {
}
