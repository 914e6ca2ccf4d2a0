package ps.rasd.forms;

/** Where a form version stands: a draft is edited, a published version is answered, a retired one no more. */
public enum VersionStatus {
	DRAFT, PUBLISHED, RETIRED
}
