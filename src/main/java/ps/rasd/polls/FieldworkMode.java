package ps.rasd.polls;

/**
 * How responses reach a poll: a self-administered web link open to anyone who has it, one-time links (one per
 * invited respondent), an enumerator interviewing on a phone (the interviewer is recorded), or a file of responses
 * collected elsewhere.
 */
public enum FieldworkMode {

	WEB_OPEN, WEB_INVITE, ENUMERATOR, IMPORT
}
