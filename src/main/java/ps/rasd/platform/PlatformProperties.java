package ps.rasd.platform;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the platform module.
 *
 * @param maxRequestSize requests with a larger body are refused with 413 before they are read
 * @param signIn how repeated sign-in failures are throttled
 * @param maxMediaRequestSize the larger limit of requests to {@code mediaUploadPaths} (a video of a media production)
 * @param mediaUploadPaths paths (Ant patterns) that take large media files, streamed to disk
 */
@ConfigurationProperties("rasd.platform")
public record PlatformProperties(@DefaultValue("25MB") DataSize maxRequestSize, @DefaultValue SignIn signIn,
		@DefaultValue("310MB") DataSize maxMediaRequestSize,
		@DefaultValue("/editorial/media/*/file") List<String> mediaUploadPaths) {

	/**
	 * Sign-in throttling: after {@code maxFailuresPerAccount} failures for one username, or
	 * {@code maxFailuresPerAddress} from one address, within {@code window}, attempts are refused for {@code block}.
	 */
	public record SignIn(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerAddress,
			@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration block) {
	}
}
