/**
 * Accounts, roles and governorate scopes; sign-in, passwords (Argon2id), one-time passwords and their forced change;
 * administration of accounts; the {@code create-admin} command and the demo accounts.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "shared", "shared::spi", "geography" })
package ps.rasd.identity;

import org.springframework.modulith.ApplicationModule;
