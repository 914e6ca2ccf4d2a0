/**
 * Opinion polls: questionnaires on {@code forms}, sample designs, fieldwork, weighting to population targets,
 * estimates with margins of error that include the design effect, and weighted cross-tabs with design-adjusted tests.
 * The statistics engine lives in the named interface {@code stats} ({@link ps.rasd.polls.stats}): plain Java on
 * arrays, no Spring and no database.
 */
@ApplicationModule(displayName = "Polls", allowedDependencies = { "shared", "forms" })
package ps.rasd.polls;

import org.springframework.modulith.ApplicationModule;
