/**
 * The forum's voice: editable website pages and news posts (safe HTML, revisions, drafts and publication, Atom feed),
 * the publications library (PDFs whose text, Arabic included, is extracted into the search; citations as BibTeX and
 * RIS; a download count), and the newsletter (double opt-in, issues composed of blocks sent through the mail outbox
 * as bulk mail with one-click unsubscribe, failing addresses suppressed), media productions, and the social-media
 * kit (ready-to-post texts and share images of every module's published records, collected through
 * {@link ps.rasd.shared.spi.ShareableSource}) with its content calendar. Editors are administrators and
 * coordinators ({@link ps.rasd.shared.access.ReadRules#EDITORIAL}). Its plug-ins are listed in one place,
 * {@code internal.MediaContributions}.
 */
@ApplicationModule(displayName = "Media",
		allowedDependencies = { "shared", "shared::spi", "evidence", "notifications", "network" })
package ps.rasd.media;

import org.springframework.modulith.ApplicationModule;
