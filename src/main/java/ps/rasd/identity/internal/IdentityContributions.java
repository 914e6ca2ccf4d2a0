package ps.rasd.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.spi.DemoSeed;
import ps.rasd.shared.spi.PersonNames;
import ps.rasd.shared.spi.WorkSection;

/**
 * What the identity module contributes to the others, in one listing: each class implements a {@code shared.spi}
 * contract and is declared here rather than found by scanning.
 */
@Configuration(proxyBeanMethods = false)
public class IdentityContributions {

	/** Contributes: {@link DemoSeed}. */
	@Bean
	DemoAccounts demoAccounts(IdentityManagement identity, RasdProperties properties) {
		return new DemoAccounts(identity, properties);
	}

	/** Contributes: {@link PersonNames}, the display names staff pages show instead of account ids. */
	@Bean
	PersonNames personNames(IdentityManagement identity) {
		return identity::displayNames;
	}

	/** Contributes: {@link WorkSection}. */
	@Bean
	AccountWork accountWork(IdentityManagement identity) {
		return new AccountWork(identity);
	}
}
