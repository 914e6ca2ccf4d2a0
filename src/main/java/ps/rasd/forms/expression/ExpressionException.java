package ps.rasd.forms.expression;

/** An expression that does not parse; {@link #position()} is the 0-based character where it went wrong. */
public class ExpressionException extends RuntimeException {

	private final int position;

	private final String problem;

	public ExpressionException(String problem, int position) {
		super(problem + " at " + position);
		this.problem = problem;
		this.position = position;
	}

	/** A short code of what went wrong, e.g. {@code unexpected-token}. */
	public String problem() {
		return problem;
	}

	public int position() {
		return position;
	}
}
