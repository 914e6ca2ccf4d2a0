/**
 * The service registry: sectors and their indicators, facility types, authorities (ministries, directorates, units,
 * municipalities, utilities, UNRWA, NGOs) as a hierarchy, facilities (points of service), and routing rules that
 * suggest which authority unit a problem goes to.
 */
@ApplicationModule(displayName = "Registry", allowedDependencies = { "shared", "shared::spi", "shared::sql", "geography" })
package ps.rasd.registry;

import org.springframework.modulith.ApplicationModule;
