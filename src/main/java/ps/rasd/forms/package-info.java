/**
 * Versioned form definitions: sections and questions of every type, XLSForm conditions, constraints and scoring;
 * the form builder; JSON import and export. Publishing a draft makes a new version; every answer keeps the version
 * it answered.
 */
@ApplicationModule(displayName = "Forms", allowedDependencies = { "shared", "shared::spi", "registry" })
package ps.rasd.forms;

import org.springframework.modulith.ApplicationModule;
