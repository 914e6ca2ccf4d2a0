package ps.rasd.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTests {

	@ParameterizedTest
	@ValueSource(strings = { "اتصل على 0599123456 مساءً", "اتصل على ٠٥٩٩١٢٣٤٥٦ مساءً", "اتصل على 059-912-3456 مساءً",
			"اتصل على +970 599 123 456 مساءً", "اتصل على +972599123456 مساءً", "اتصل على 00970599123456 مساءً",
			"اتصل على 02 222 1234 مساءً" })
	void findsPhoneNumbersInLatinOrArabicIndicDigits(String text) {
		assertThat(Redaction.redact(text, List.of())).isEqualTo("اتصل على [هاتف] مساءً");
	}

	@Test
	void findsPalestinianIdNumbersButNotOtherNumbers() {
		assertThat(Redaction.redact("رقم الهوية 401234567 والهوية الأخرى ٤٠١٢٣٤٥٦٧", List.of()))
			.isEqualTo("رقم الهوية [رقم هوية] والهوية الأخرى [رقم هوية]");
		assertThat(Redaction.redact("انتظرنا 45 دقيقة مع 30 مراجعاً في عام 2026", List.of()))
			.isEqualTo("انتظرنا 45 دقيقة مع 30 مراجعاً في عام 2026");
	}

	@Test
	void findsEmailAddresses() {
		assertThat(Redaction.redact("راسلني على salma.k@example.org", List.of()))
			.isEqualTo("راسلني على [بريد إلكتروني]");
	}

	@Test
	void coarsensExactCoordinatesToThePlace() {
		assertThat(Redaction.redact("البيت عند 31.53261, 35.09942 بجانب المدرسة", List.of()))
			.isEqualTo("البيت عند 31.53, 35.10 بجانب المدرسة");
		assertThat(Redaction.redact("الموقع ٣١٫٥٣٢٦١، ٣٥٫٠٩٩٤٢", List.of())).isEqualTo("الموقع 31.53, 35.10");
	}

	@Test
	void findsNamesKnownToTheRecordInAnySpelling() {
		List<String> names = List.of("سلمى أحمد الخطيب");
		assertThat(Redaction.redact("قالت سَلمى احمد الخطيب إن الطبيب غاب", names))
			.isEqualTo("قالت [اسم] إن الطبيب غاب");
		assertThat(Redaction.redact("وسلمى لم تجد الدواء، والخطيب اشتكى", names))
			.isEqualTo("[اسم] لم تجد الدواء، [اسم] اشتكى");
	}

	@Test
	void leavesATextWithoutPersonalDataAlone() {
		String text = "كان المركز مغلقاً عند الساعة ٨ صباحاً ولم يتوفر الإنسولين.";
		assertThat(Redaction.propose(text, List.of("سلمى الخطيب"))).isEmpty();
	}

	@Test
	void proposesSpansTheCoordinatorCanChangeBeforeApplying() {
		String text = "اتصلت سلمى من 0599123456";
		List<Redaction.Span> spans = Redaction.propose(text, List.of("سلمى"));
		assertThat(spans).extracting(Redaction.Span::kind).containsExactly(Redaction.Kind.NAME, Redaction.Kind.PHONE);
		assertThat(Redaction.apply(text, spans.subList(1, 2))).isEqualTo("اتصلت سلمى من [هاتف]");
	}
}
