package ps.rasd.network.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.network.Governance;
import ps.rasd.network.Memberships;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.domain.PersonStore;
import ps.rasd.shared.spi.DemoSeed;
import ps.rasd.shared.spi.PartnerOrganisations;

/**
 * Everything the network module contributes to the rest of Rasd, in one listing.
 * <ul>
 * <li>A demo seed: fictional, marked people and organisations.</li>
 * <li>Partner organisations of accounts, read by identity when a partner signs in.</li>
 * </ul>
 * Deliberately not contributed: a search source (the shared index serves public search; people are found by staff
 * on {@code /network} with the same spelling folding), an export source (the shared exports serve the public
 * tier at {@code /exports/…}; groups are exported from their own page, staff only, audited), page sections (nothing
 * of a person record reaches a public page but the board page the module serves itself).
 */
@Configuration(proxyBeanMethods = false)
class NetworkContributions {

	@Bean
	DemoSeed networkDemoSeed(PersonStore people, NetworkManagement network, Memberships memberships,
			Governance governance, GeographyManagement geography, IdentityManagement identity, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		return new DemoNetwork(people, network, memberships, governance, geography, identity, jdbc, transactions, clock);
	}

	@Bean
	PartnerOrganisations partnerOrganisations(NetworkManagement network) {
		return network::organisationOfAccount;
	}
}
