package ps.rasd.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ps.rasd.forms.expression.Expression;
import ps.rasd.shared.LocalizedText;

/**
 * A form version as an ODK XForm (the XML ODK Collect, KoboCollect and Enketo fill): one group per section, labels,
 * hints, choices and constraint messages as {@code itext} translations in Arabic (the default) and English, and one
 * {@code bind} per question whose {@code relevant}, {@code constraint} and {@code required} are Rasd's expressions
 * written in XPath, {@code ${name}} becoming the question's path. A first question {@code rasd_facility} picks the
 * facility from the media file {@code facilities.csv} ({@code name,label}); {@code /data/meta/instanceID} identifies
 * a filled form so that a resent one is recognised.
 */
public final class XForm {

	/** The media file the facility question reads its choices from. */
	public static final String FACILITIES = "facilities.csv";

	/** The name of the facility question. */
	public static final String FACILITY = "rasd_facility";

	/** The element that holds when a questionnaire was opened (an XForm {@code dateTime}). */
	public static final String STARTED = "timeStart";

	private final FormDefinition form;

	private final Map<String, String> paths = new LinkedHashMap<>();

	private final StringBuilder ar = new StringBuilder();

	private final StringBuilder en = new StringBuilder();

	private XForm(FormDefinition form) {
		this.form = form;
		for (Section s : form.sections()) {
			s.questions().forEach(q -> paths.put(q.name(), "/data/" + s.name() + "/" + q.name()));
		}
	}

	/**
	 * The XForm of a version.
	 * @param formId the form's code ({@code id} of the instance)
	 * @param version the version number ({@code version} of the instance)
	 * @param facilityLabel what the facility question asks
	 */
	public static String of(FormDefinition form, String formId, String version, LocalizedText facilityLabel) {
		return new XForm(form).write(formId, version, facilityLabel);
	}

	/**
	 * The XForm of a questionnaire answered away from any facility (a poll): no facility question and no media file;
	 * the time the interview started is kept in {@code /data/meta/timeStart} ({@value #STARTED}).
	 * @param formId the instance's {@code id}
	 * @param version the instance's {@code version}
	 */
	public static String questionnaire(FormDefinition form, String formId, String version) {
		return new XForm(form).write(formId, version, null);
	}

	private String write(String formId, String version, LocalizedText facilityLabel) {
		StringBuilder instance = new StringBuilder();
		StringBuilder binds = new StringBuilder();
		StringBuilder body = new StringBuilder();
		String facility = "/data/" + FACILITY;
		if (facilityLabel != null) {
			text(facility + ":label", facilityLabel);
			instance.append("<").append(FACILITY).append("/>");
			binds.append("<bind nodeset=\"").append(facility).append("\" type=\"string\" required=\"true()\"/>");
			body.append("<select1 ref=\"").append(facility).append("\" appearance=\"autocomplete\">")
				.append(labelRef(facility)).append("<itemset nodeset=\"instance('facilities')/root/item\">")
				.append("<value ref=\"name\"/><label ref=\"label\"/></itemset></select1>");
		}
		else {
			binds.append("<bind nodeset=\"/data/meta/").append(STARTED)
				.append("\" type=\"dateTime\" jr:preload=\"timestamp\" jr:preloadParams=\"start\"/>");
		}
		for (Section s : form.sections()) {
			String group = "/data/" + s.name();
			text(group + ":label", s.title());
			instance.append("<").append(s.name()).append(">");
			body.append("<group ref=\"").append(group).append("\">").append(labelRef(group));
			for (Question q : s.questions()) {
				instance.append("<").append(q.name()).append("/>");
				binds.append(bind(q));
				body.append(control(q));
			}
			instance.append("</").append(s.name()).append(">");
			body.append("</group>");
		}
		binds.append("<bind nodeset=\"/data/meta/instanceID\" type=\"string\" readonly=\"true()\" jr:preload=\"uid\"/>");
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<h:html xmlns=\"http://www.w3.org/2002/xforms\" xmlns:h=\"http://www.w3.org/1999/xhtml\""
				+ " xmlns:jr=\"http://openrosa.org/javarosa\" xmlns:orx=\"http://openrosa.org/xforms\""
				+ " xmlns:odk=\"http://www.opendatakit.org/xforms\"><h:head><h:title>" + escape(form.title().ar())
				+ "</h:title><model odk:xforms-version=\"1.0.0\"><itext>"
				+ "<translation lang=\"Arabic (ar)\" default=\"true()\">" + ar + "</translation>"
				+ "<translation lang=\"English (en)\">" + en + "</translation></itext>"
				+ "<instance><data id=\"" + escape(formId) + "\" version=\"" + escape(version) + "\">" + instance
				+ "<meta><instanceID/>" + (facilityLabel == null ? "<" + STARTED + "/>" : "") + "</meta></data></instance>"
				+ (facilityLabel == null ? "" : "<instance id=\"facilities\" src=\"jr://file-csv/" + FACILITIES + "\"/>")
				+ binds
				+ "</model></h:head><h:body>" + body + "</h:body></h:html>\n";
	}

	private String bind(Question q) {
		StringBuilder b = new StringBuilder("<bind nodeset=\"").append(paths.get(q.name())).append("\" type=\"")
			.append(type(q.type())).append("\"");
		if (q.required()) {
			b.append(" required=\"true()\"");
		}
		if (q.relevant() != null) {
			b.append(" relevant=\"").append(escape(xpath(q.relevant()))).append("\"");
		}
		String constraint = q.constraint().combined();
		if (constraint != null) {
			b.append(" constraint=\"").append(escape(xpath(constraint))).append("\"");
			if (q.constraint().message() != null) {
				String id = paths.get(q.name()) + ":constraintMsg";
				text(id, q.constraint().message());
				b.append(" jr:constraintMsg=\"jr:itext('").append(id).append("')\"");
			}
		}
		return b.append("/>").toString();
	}

	private static String type(QuestionType type) {
		return switch (type) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO_NA, TEXT, LONG_TEXT -> "string";
			case RATING, INTEGER -> "int";
			case DECIMAL -> "decimal";
			case DATE -> "date";
			case TIME -> "time";
			case FILE -> "binary";
			case GEOPOINT -> "geopoint";
		};
	}

	private String control(Question q) {
		String path = paths.get(q.name());
		text(path + ":label", q.label());
		String inner = labelRef(path);
		if (q.hint() != null) {
			text(path + ":hint", q.hint());
			inner += "<hint ref=\"jr:itext('" + path + ":hint')\"/>";
		}
		String ref = " ref=\"" + path + "\"";
		return switch (q.type()) {
			case SINGLE_CHOICE -> "<select1" + ref + ">" + inner + items(path, q.choices()) + "</select1>";
			case YES_NO_NA -> "<select1" + ref + ">" + inner + items(path, XlsForm.YES_NO_NA) + "</select1>";
			case MULTIPLE_CHOICE -> "<select" + ref + ">" + inner + items(path, q.choices()) + "</select>";
			case RATING -> "<range" + ref + " start=\"1\" end=\"5\" step=\"1\">" + inner + "</range>";
			case LONG_TEXT -> "<input" + ref + " appearance=\"multiline\">" + inner + "</input>";
			case FILE -> "<upload" + ref + " mediatype=\"image/*\">" + inner + "</upload>";
			default -> "<input" + ref + ">" + inner + "</input>";
		};
	}

	private String items(String path, List<Choice> choices) {
		return choices.stream().map(c -> {
			String id = path + "/" + c.value() + ":label";
			text(id, c.label());
			return "<item><label ref=\"jr:itext('" + id + "')\"/><value>" + escape(c.value()) + "</value></item>";
		}).collect(Collectors.joining());
	}

	private static String labelRef(String path) {
		return "<label ref=\"jr:itext('" + path + ":label')\"/>";
	}

	private void text(String id, LocalizedText text) {
		ar.append("<text id=\"").append(escape(id)).append("\"><value>").append(escape(text.ar()))
			.append("</value></text>");
		en.append("<text id=\"").append(escape(id)).append("\"><value>")
			.append(escape(text.en() == null ? text.ar() : text.en())).append("</value></text>");
	}

	/** Rasd's expression in XPath: {@code ${name}} becomes the question's path, the rest is already XPath. */
	String xpath(String expression) {
		return xpath(Expression.parse(expression));
	}

	private String xpath(Expression e) {
		if (e instanceof Expression.Reference r) {
			return paths.getOrDefault(r.name(), "/data/" + r.name());
		}
		if (e instanceof Expression.Current) {
			return ".";
		}
		if (e instanceof Expression.Literal l) {
			if (l.value() instanceof Double d) {
				return d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf(d.longValue()) : d.toString();
			}
			String s = String.valueOf(l.value());
			return s.contains("'") ? "\"" + s + "\"" : "'" + s + "'";
		}
		if (e instanceof Expression.Negate n) {
			return "-(" + xpath(n.operand()) + ")";
		}
		if (e instanceof Expression.Binary b) {
			return "(" + xpath(b.left()) + " " + b.operator() + " " + xpath(b.right()) + ")";
		}
		Expression.Call c = (Expression.Call) e;
		return c.function() + "(" + c.arguments().stream().map(this::xpath).collect(Collectors.joining(", ")) + ")";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
