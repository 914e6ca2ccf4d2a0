/**
 * Documentation of violations of public freedoms on the HURIDOCS events standard formats: events with their acts,
 * victims, alleged perpetrators, sources and interventions. Initial reports come from monitors, partners and the
 * public; the documenters of the governorate verify them; victims' and sources' identities are sealed (encrypted,
 * every reading audited); nothing leaves the team unless a documenter publishes a redacted copy that the sources'
 * consent allows. Read rule: {@link ps.rasd.shared.access.ReadRules#DOCUMENTATION}.
 */
@ApplicationModule(displayName = "Freedoms",
		allowedDependencies = { "shared", "shared::spi", "shared::sql", "geography", "evidence" })
package ps.rasd.freedoms;

import org.springframework.modulith.ApplicationModule;
