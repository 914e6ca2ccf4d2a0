package ps.rasd.forms.expression;

import java.util.ArrayList;
import java.util.List;

import ps.rasd.forms.expression.Expression.Binary;
import ps.rasd.forms.expression.Expression.Call;
import ps.rasd.forms.expression.Expression.Current;
import ps.rasd.forms.expression.Expression.Literal;
import ps.rasd.forms.expression.Expression.Negate;
import ps.rasd.forms.expression.Expression.Reference;

/**
 * Recursive-descent parser of the XLSForm expression subset, by precedence:
 * {@code or < and < comparison < + - < * div mod < unary minus < primary}.
 */
final class Parser {

	private final List<Lexer.Token> tokens;

	private int next;

	Parser(String text) {
		if (text == null || text.isBlank()) {
			throw new ExpressionException("empty", 0);
		}
		this.tokens = new Lexer(text).tokens();
	}

	Expression parse() {
		Expression result = or();
		if (peek().kind() != Lexer.Kind.END) {
			throw new ExpressionException("unexpected-token", peek().position());
		}
		return result;
	}

	private Expression or() {
		Expression left = and();
		while (acceptWord("or")) {
			left = new Binary("or", left, and());
		}
		return left;
	}

	private Expression and() {
		Expression left = comparison();
		while (acceptWord("and")) {
			left = new Binary("and", left, comparison());
		}
		return left;
	}

	private Expression comparison() {
		Expression left = additive();
		Lexer.Token token = peek();
		if (token.kind() == Lexer.Kind.OPERATOR && List.of("=", "!=", "<", "<=", ">", ">=").contains(token.text())) {
			next++;
			return new Binary(token.text(), left, additive());
		}
		return left;
	}

	private Expression additive() {
		Expression left = multiplicative();
		while (peek().kind() == Lexer.Kind.OPERATOR && (peek().text().equals("+") || peek().text().equals("-"))) {
			String operator = tokens.get(next++).text();
			left = new Binary(operator, left, multiplicative());
		}
		return left;
	}

	private Expression multiplicative() {
		Expression left = unary();
		while (true) {
			Lexer.Token token = peek();
			boolean times = token.kind() == Lexer.Kind.OPERATOR && token.text().equals("*");
			boolean word = token.kind() == Lexer.Kind.NAME && (token.text().equals("div") || token.text().equals("mod"));
			if (!times && !word) {
				return left;
			}
			next++;
			left = new Binary(token.text(), left, unary());
		}
	}

	private Expression unary() {
		if (peek().kind() == Lexer.Kind.OPERATOR && peek().text().equals("-")) {
			next++;
			return new Negate(unary());
		}
		return primary();
	}

	private Expression primary() {
		Lexer.Token token = tokens.get(next++);
		switch (token.kind()) {
			case NUMBER:
				return new Literal(Double.valueOf(token.text()));
			case STRING:
				return new Literal(token.text());
			case REFERENCE:
				return new Reference(token.text());
			case DOT:
				return new Current();
			case OPEN: {
				Expression inner = or();
				expect(Lexer.Kind.CLOSE);
				return inner;
			}
			case NAME:
				return call(token);
			default:
				throw new ExpressionException(token.kind() == Lexer.Kind.END ? "unexpected-end" : "unexpected-token",
						token.position());
		}
	}

	private Expression call(Lexer.Token name) {
		Integer arity = Functions.ARITY.get(name.text());
		if (arity == null || peek().kind() != Lexer.Kind.OPEN) {
			throw new ExpressionException("unknown-function", name.position());
		}
		next++;
		List<Expression> arguments = new ArrayList<>();
		if (peek().kind() != Lexer.Kind.CLOSE) {
			arguments.add(or());
			while (peek().kind() == Lexer.Kind.COMMA) {
				next++;
				arguments.add(or());
			}
		}
		expect(Lexer.Kind.CLOSE);
		if (arguments.size() != arity) {
			throw new ExpressionException("wrong-argument-count", name.position());
		}
		return new Call(name.text(), List.copyOf(arguments));
	}

	private boolean acceptWord(String word) {
		if (peek().kind() == Lexer.Kind.NAME && peek().text().equals(word)) {
			next++;
			return true;
		}
		return false;
	}

	private void expect(Lexer.Kind kind) {
		Lexer.Token token = tokens.get(next);
		if (token.kind() != kind) {
			throw new ExpressionException(token.kind() == Lexer.Kind.END ? "unexpected-end" : "unexpected-token",
					token.position());
		}
		next++;
	}

	private Lexer.Token peek() {
		return tokens.get(next);
	}
}
