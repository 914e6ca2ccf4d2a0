package ps.rasd.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.polls.CategoryRule;
import ps.rasd.polls.FieldworkMode;
import ps.rasd.polls.PollDraft;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollSummary;
import ps.rasd.polls.WeightingVariable;

/** Polls as the tests need them, made through the real facades. */
public final class PollFixtures {

	private PollFixtures() {
	}

	/** Publishes the demo opinion-poll questionnaire under a fresh code. */
	public static FormSummary publishedPollForm(FormsManagement forms) {
		try {
			String json = new ClassPathResource("data/demo/forms/public-services-poll.json")
				.getContentAsString(StandardCharsets.UTF_8);
			FormSummary form = forms.importJson("poll-" + System.nanoTime(), null, json, Principals.admin());
			forms.publish(form.id(), Principals.admin());
			return forms.form(form.id());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A draft poll on the demo questionnaire, collected by every mode. */
	public static PollDraft draft(String code, long formId) {
		return new PollDraft(code, "رأي الشباب في الخدمات العامة", "Youth opinion on public services",
				"قياس رضا الشباب عن الخدمات", "To measure how satisfied young people are with services",
				"الشباب ١٨–٢٩ عاماً في الضفة الغربية وقطاع غزة", "Youth aged 18-29 in the West Bank and Gaza", formId,
				LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), Set.of(FieldworkMode.values()));
	}

	/** The usual weighting variables of the demo questionnaire: governorate, sex, age group, locality type. */
	public static List<WeightingVariable> variables() {
		return List.of(new WeightingVariable("governorate", "governorate", List.of()),
				new WeightingVariable("sex", "sex", List.of()),
				new WeightingVariable("age_group", "age", List.of(new CategoryRule("18-29", "18_29"),
						new CategoryRule("30-44", "30_44"), new CategoryRule("45-59", "45_59"),
						new CategoryRule("60-", "60_plus"))),
				new WeightingVariable("locality_type", "locality", List.of()));
	}

	/** A poll in fieldwork with its variables defined. */
	public static PollSummary pollInFieldwork(PollManagement polls, FormsManagement forms) {
		FormSummary form = publishedPollForm(forms);
		PollSummary poll = polls.create(draft("p" + System.nanoTime(), form.id()), Principals.analyst());
		polls.defineVariables(poll.id(), variables(), Principals.analyst());
		return polls.open(poll.id(), Principals.analyst());
	}

	/** Answers that pass every check of the demo questionnaire. */
	public static Map<String, String> answers(String governorate, String sex, int age, String locality, int rating) {
		Map<String, String> a = new HashMap<>();
		a.put("governorate", governorate);
		a.put("locality", locality);
		a.put("sex", sex);
		a.put("age", String.valueOf(age));
		a.put("education", "secondary");
		a.put("health_rating", String.valueOf(rating));
		a.put("education_rating", "3");
		a.put("water_rating", "2");
		a.put("electricity_rating", "4");
		a.put("municipal_rating", "3");
		a.put("services_used", "health school");
		a.put("top_problem", "waiting");
		a.put("free_expression", "no");
		a.put("complained", "no");
		return a;
	}
}
