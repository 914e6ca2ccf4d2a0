package ps.rasd.freedoms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the freedoms module ({@code rasd.freedoms.*}).
 *
 * @param sealingKey base64 of the 32-byte key that encrypts victims' and sources' identities; made once under the
 * data folder ({@code keys/freedoms-sealing.key}) when empty. Back it up: without it sealed identities are lost.
 * @param reportsPerHour public initial reports accepted per address and hour
 * @param publicCoordinateDecimals decimals kept of a position in anything public (1 ≈ 11 km, 2 ≈ 1 km)
 * @param smallCell counts from 1 to this minus one are suppressed on public figures
 */
@ConfigurationProperties("rasd.freedoms")
public record FreedomsProperties(@DefaultValue("") String sealingKey, @DefaultValue("5") int reportsPerHour,
		@DefaultValue("1") int publicCoordinateDecimals, @DefaultValue("5") int smallCell) {
}
