/**
 * The frame every page and call runs in: layout, language and direction, security (sign-in, throttling, headers),
 * error pages and RFC 9457 problem details, request limits, and the start-up of demo content.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = { "shared", "shared::spi", "shared::sql" })
package ps.rasd.platform;

import org.springframework.modulith.ApplicationModule;
