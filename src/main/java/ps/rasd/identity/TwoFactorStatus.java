package ps.rasd.identity;

import java.time.Instant;

/**
 * Where an account stands with two-factor sign-in.
 *
 * @param enrolled whether sign-in asks for a code after the password
 * @param enrolledAt when, or {@code null}
 * @param recoveryCodesLeft unused recovery codes
 * @param required whether the account's roles require it here
 */
public record TwoFactorStatus(boolean enrolled, Instant enrolledAt, long recoveryCodesLeft, boolean required) {
}
