package ps.rasd.polls.imports;

/** A problem to show: a message code and its arguments. */
public record Problem(String code, Object... arguments) {
}
