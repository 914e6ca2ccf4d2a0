package ps.rasd.analytics;

/** Where an export job stands. */
public enum ExportStatus {

	/** Waiting for a free export thread. */
	QUEUED,

	/** Writing its file. */
	RUNNING,

	/** Its file is ready for its owner. */
	DONE,

	/** Stopped by an error or a restart; its error code says which. */
	FAILED;

	/** Whether the job will not change any more. */
	public boolean finished() {
		return this == DONE || this == FAILED;
	}
}
