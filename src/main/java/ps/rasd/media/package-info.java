/**
 * The forum's voice: editable website pages and news posts (safe HTML, revisions, drafts and publication, Atom feed),
 * the publications library (PDFs whose text, Arabic included, is extracted into the search; citations as BibTeX and
 * RIS; a download count; documents Rasd prints taken in one step through {@link ps.rasd.shared.spi.LibrarySource}),
 * the newsletter (double opt-in or a network group's consenting people, issues composed of blocks — its own news and
 * publications, and the findings, poll results, activities and campaigns other modules offer through
 * {@link ps.rasd.shared.spi.NewsletterSource} — sent through the mail outbox as bulk mail with one-click unsubscribe,
 * narrowed to each subscriber's governorates and sectors, failing addresses suppressed), media productions, and the
 * social-media kit (ready-to-post texts and share images of every module's published records, collected through
 * {@link ps.rasd.shared.spi.ShareableSource}) with its content calendar. Editors are administrators and
 * coordinators ({@link ps.rasd.shared.access.ReadRules#EDITORIAL}). Its plug-ins are listed in one place,
 * {@code internal.MediaContributions}.
 */
@ApplicationModule(displayName = "Media",
		allowedDependencies = { "shared", "shared::spi", "evidence", "notifications", "network" })
package ps.rasd.media;

import org.springframework.modulith.ApplicationModule;
