package ps.rasd.openrosa.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormVersionSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.forms.XForm;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.openrosa.OpenRosaPolls;
import ps.rasd.registry.FacilityQuery;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;

/**
 * What a device downloads: the form list (the current version of every scorecard, the polls its person may interview
 * for), each XForm, a scorecard's manifest and its {@code facilities.csv}. Published versions never change: their
 * XForm is kept.
 */
@Component
class OpenRosaForms {

	private final FormsManagement forms;

	private final OpenRosaPolls polls;

	private final RegistryManagement registry;

	private final MessageSource messages;

	private final Map<String, String> xforms = new ConcurrentHashMap<>();

	OpenRosaForms(FormsManagement forms, OpenRosaPolls polls, RegistryManagement registry, MessageSource messages) {
		this.forms = forms;
		this.polls = polls;
		this.registry = registry;
		this.messages = messages;
	}

	/** The OpenRosa xformsList, the links under {@code base}. */
	String formList(RasdPrincipal actor, Locale locale, String base) {
		String list = scorecards().stream().map(v -> {
			String id = String.valueOf(v.id());
			return "<xform><formID>" + escape(v.formCode()) + "</formID><name>"
					+ escape(v.definition().title().in(locale)) + "</name><version>" + v.number() + "</version>"
					+ "<hash>md5:" + md5(xform(v)) + "</hash><downloadUrl>" + base + "/forms/" + id + ".xml"
					+ "</downloadUrl><manifestUrl>" + base + "/forms/" + id + "/manifest</manifestUrl></xform>";
		}).collect(Collectors.joining()) + polls.forms(actor).stream().map(p -> {
			String xform = pollXform(p);
			return "<xform><formID>" + escape(p.formId()) + "</formID><name>" + escape(p.poll().title().in(locale))
					+ "</name><version>" + p.questionnaire().number() + "</version><hash>md5:" + md5(xform)
					+ "</hash><downloadUrl>" + base + "/polls/" + p.poll().id() + ".xml</downloadUrl></xform>";
		}).collect(Collectors.joining());
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<xforms xmlns=\"http://openrosa.org/xforms/xformsList\">" + list + "</xforms>\n";
	}

	/** The XForm of a scorecard's current version. */
	String scorecardXform(long versionId) {
		return xform(scorecard(versionId));
	}

	/** The XForm of a poll its person may interview for now. */
	String pollXform(long pollId, RasdPrincipal actor) {
		return pollXform(polls.form(pollId, actor).orElseThrow(() -> new NotFoundException("openrosa.form.not-found")));
	}

	/** A scorecard's manifest: its one media file, the facilities. */
	String manifest(RasdPrincipal actor, long versionId, String base) {
		String csv = facilities(actor, versionId);
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<manifest xmlns=\"http://openrosa.org/xforms/xformsManifest\"><mediaFile><filename>"
				+ XForm.FACILITIES + "</filename><hash>md5:" + md5(csv) + "</hash><downloadUrl>" + base
				+ "/forms/" + versionId + "/" + XForm.FACILITIES + "</downloadUrl></mediaFile></manifest>\n";
	}

	/** The facilities of the form's sector in the monitor's governorates ({@code name,label}). */
	String facilities(RasdPrincipal actor, long versionId) {
		String sector = forms.form(scorecard(versionId).formId()).sectorCode();
		StringBuilder csv = new StringBuilder("name,label\n");
		// administrators may monitor everywhere: every governorate's facilities (null is no filter)
		Stream<String> governorates = actor.isAdmin() ? Stream.of((String) null)
				: actor.governorateCodes().stream().sorted().filter(g -> MonitoringManagement.mayMonitor(actor, g));
		governorates
			.flatMap(g -> allFacilities(new FacilityQuery(g, sector, null, null, null)).stream())
			.forEach(f -> csv.append(f.id()).append(',').append(csvField(label(f))).append('\n'));
		return csv.toString();
	}

	private List<FormVersionSummary> scorecards() {
		return forms.forms().stream().filter(f -> f.sectorCode() != null)
			.map(FormSummary::current).flatMap(Optional::stream).toList();
	}

	private FormVersionSummary scorecard(long versionId) {
		return scorecards().stream().filter(v -> v.id() == versionId).findFirst()
			.orElseThrow(() -> new NotFoundException("openrosa.form.not-found"));
	}

	private String xform(FormVersionSummary v) {
		return xforms.computeIfAbsent("form:" + v.id(), id -> XForm.of(v.definition(), v.formCode(),
				String.valueOf(v.number()), new LocalizedText(messages.getMessage("openrosa.form.facility", null,
						Locale.forLanguageTag("ar")), messages.getMessage("openrosa.form.facility", null,
								Locale.ENGLISH))));
	}

	private String pollXform(OpenRosaPolls.PollForm p) {
		return xforms.computeIfAbsent("poll:" + p.poll().id() + ":" + p.questionnaire().id(), id -> p.xform());
	}

	private List<FacilitySummary> allFacilities(FacilityQuery query) {
		List<FacilitySummary> all = new ArrayList<>();
		PageResult<FacilitySummary> page;
		int number = 0;
		do {
			page = registry.facilities(query, number++, RegistryManagement.MAX_PAGE_SIZE);
			all.addAll(page.items());
		}
		while (page.hasNext());
		return all;
	}

	private static String label(FacilitySummary f) {
		return f.name().en() == null ? f.name().ar() : f.name().ar() + " (" + f.name().en() + ")";
	}

	static String md5(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String csvField(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
