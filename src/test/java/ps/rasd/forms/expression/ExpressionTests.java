package ps.rasd.forms.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTests {

	private static final Map<String, String> ANSWERS = Map.of("q1", "yes", "q2", "water power", "age", "17",
			"wait", "45", "name", "سلمى", "empty", "");

	private static boolean test(String expression) {
		return Expression.parse(expression).test(new Expression.Context(ANSWERS::get, "12"));
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', value = {
			"${q1} = 'yes'                                   | true",
			"${q1} != 'yes'                                  | false",
			"${q1} = \"yes\"                                 | true",
			"${age} >= 18                                    | false",
			"${age} < 18 and ${q1} = 'yes'                   | true",
			"${age} > 18 or ${q1} = 'yes'                    | true",
			"not(${q1} = 'no')                               | true",
			"selected(${q2}, 'power')                        | true",
			"selected(${q2}, 'pow')                          | false",
			"count-selected(${q2}) = 2                       | true",
			"${wait} > 30                                    | true",
			"${wait} - ${age} = 28                           | true",
			"${wait} div 9 = 5 and ${wait} mod 10 = 5        | true",
			"1 + 2 * 3 = 7                                   | true",
			"(1 + 2) * 3 = 9                                 | true",
			"-${age} < 0                                     | true",
			"${empty} = ''                                   | true",
			"${missing} = ''                                 | true",
			"${missing} > 3                                  | false",
			"${missing} < 3                                  | false",
			"string-length(${name}) = 4                      | true",
			". >= 10 and . <= 20                             | true",
			"${age} = ١٧                                     | true",
			"true() and not(false())                         | true",
			"regex(${age}, '[0-9]+')                         | true",
			"${q1} = 'yes' or ${age} > 100 and ${wait} < 0  | true" })
	void evaluatesLikeXlsForm(String expression, boolean expected) {
		assertThat(test(expression)).isEqualTo(expected);
	}

	@Test
	void andBindsTighterThanOr() {
		assertThat(test("${q1} = 'no' and ${age} = 17 or ${wait} = 45")).isTrue();
		assertThat(test("${q1} = 'no' and (${age} = 17 or ${wait} = 45)")).isFalse();
	}

	@Test
	void namesTheQuestionsItReads() {
		assertThat(Expression.parse("${a} = 'x' and selected(${b}, 'y') or not(${c} > ${a})").references())
			.containsExactly("a", "b", "c");
	}

	@ParameterizedTest(name = "{0} fails with {1} at {2}")
	@CsvSource(delimiter = '|', value = {
			"${q1} = 'yes                | unclosed-string      | 8",
			"${q1} = 'yes' and           | unexpected-end       | 17",
			"${q1} =                     | unexpected-end       | 7",
			"(${q1} = 'yes'              | unexpected-end       | 14",
			"${q1} = 'yes')              | unexpected-token     | 13",
			"${} = 1                     | bad-reference        | 0",
			"$q1 = 1                     | bad-reference        | 0",
			"shout(${q1})                | unknown-function     | 0",
			"selected(${q1})             | wrong-argument-count | 0",
			"${q1} == 'yes'              | unexpected-token     | 7",
			"${q1} = 'a' ; drop          | unexpected-character | 12",
			"1.2.3 = 1                   | bad-number           | 0" })
	void refusesBrokenExpressionsAndSaysWhere(String expression, String problem, int position) {
		assertThatThrownBy(() -> Expression.parse(expression)).isInstanceOfSatisfying(ExpressionException.class,
				ex -> {
					assertThat(ex.problem()).isEqualTo(problem);
					assertThat(ex.position()).isEqualTo(position);
				});
	}

	@Test
	void refusesAnEmptyExpression() {
		assertThatThrownBy(() -> Expression.parse("  ")).isInstanceOf(ExpressionException.class);
	}
}
