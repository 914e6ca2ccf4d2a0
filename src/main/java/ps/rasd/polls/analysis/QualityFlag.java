package ps.rasd.polls.analysis;

/** Why a response may be of poor quality; an analyst decides whether to exclude it. */
public enum QualityFlag {
	/** Gave the same answers as another response. */
	DUPLICATE,
	/** Finished far faster than the median. */
	SPEEDER,
	/** Gave the same answer to a run of questions on one scale. */
	STRAIGHT_LINER
}
