package ps.rasd.forms.expression;

import java.util.ArrayList;
import java.util.List;

import ps.rasd.shared.Digits;

/** Splits an expression into tokens; Arabic-Indic digits in numbers are read as Latin ones. */
final class Lexer {

	enum Kind {
		NUMBER, STRING, REFERENCE, NAME, OPERATOR, OPEN, CLOSE, COMMA, DOT, END
	}

	record Token(Kind kind, String text, int position) {
	}

	private final String text;

	private int at;

	Lexer(String text) {
		this.text = Digits.toLatin(text);
	}

	List<Token> tokens() {
		List<Token> tokens = new ArrayList<>();
		while (true) {
			skipSpaces();
			if (at >= text.length()) {
				tokens.add(new Token(Kind.END, "", at));
				return tokens;
			}
			tokens.add(nextToken());
		}
	}

	private Token nextToken() {
		int start = at;
		char c = text.charAt(at);
		if (c == '$') {
			return reference(start);
		}
		if (c == '\'' || c == '"') {
			int end = text.indexOf(c, at + 1);
			if (end < 0) {
				throw new ExpressionException("unclosed-string", start);
			}
			at = end + 1;
			return new Token(Kind.STRING, text.substring(start + 1, end), start);
		}
		if (Character.isDigit(c) || (c == '.' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1)))) {
			while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
				at++;
			}
			String number = text.substring(start, at);
			if (number.chars().filter(ch -> ch == '.').count() > 1) {
				throw new ExpressionException("bad-number", start);
			}
			return new Token(Kind.NUMBER, number, start);
		}
		if (Character.isLetter(c) || c == '_') {
			while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
					|| text.charAt(at) == '-')) {
				at++;
			}
			return new Token(Kind.NAME, text.substring(start, at), start);
		}
		at++;
		return switch (c) {
			case '(' -> new Token(Kind.OPEN, "(", start);
			case ')' -> new Token(Kind.CLOSE, ")", start);
			case ',' -> new Token(Kind.COMMA, ",", start);
			case '.' -> new Token(Kind.DOT, ".", start);
			case '=', '+', '-', '*' -> new Token(Kind.OPERATOR, String.valueOf(c), start);
			case '!', '<', '>' -> comparison(c, start);
			default -> throw new ExpressionException("unexpected-character", start);
		};
	}

	private Token comparison(char c, int start) {
		if (at < text.length() && text.charAt(at) == '=') {
			at++;
			return new Token(Kind.OPERATOR, c + "=", start);
		}
		if (c == '!') {
			throw new ExpressionException("unexpected-character", start);
		}
		return new Token(Kind.OPERATOR, String.valueOf(c), start);
	}

	private Token reference(int start) {
		if (at + 1 >= text.length() || text.charAt(at + 1) != '{') {
			throw new ExpressionException("bad-reference", start);
		}
		int end = text.indexOf('}', at + 2);
		if (end < 0) {
			throw new ExpressionException("bad-reference", start);
		}
		String name = text.substring(at + 2, end).strip();
		if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
			throw new ExpressionException("bad-reference", start);
		}
		at = end + 1;
		return new Token(Kind.REFERENCE, name, start);
	}

	private void skipSpaces() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}
}
