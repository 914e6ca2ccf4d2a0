/**
 * Opinion polls: questionnaires on {@code forms}, sample designs, fieldwork, weighting to population targets,
 * estimates with margins of error that include the design effect, and weighted cross-tabs with design-adjusted tests.
 * Respondents are never identified: no name, no contact, and one-time links are kept hashed.
 * The statistics engine lives in the named interface {@code stats} ({@link ps.rasd.polls.stats}): plain Java on
 * arrays, no Spring and no database.
 */
@ApplicationModule(displayName = "Polls",
		allowedDependencies = { "shared", "shared::spi", "shared::sql", "forms", "geography", "identity" })
package ps.rasd.polls;

import org.springframework.modulith.ApplicationModule;
