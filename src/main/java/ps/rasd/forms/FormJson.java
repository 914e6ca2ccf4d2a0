package ps.rasd.forms;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import ps.rasd.shared.DomainException;

/**
 * Form definitions as JSON: how versions are stored, exported and imported. Unknown fields are refused so that a
 * typo in an imported file does not silently drop a rule.
 */
public final class FormJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private FormJson() {
	}

	/**
	 * Reads a definition.
	 * @throws DomainException {@code forms.json.invalid} with the parser's location when it is not a definition
	 */
	public static FormDefinition read(String json) {
		try {
			FormDefinition definition = MAPPER.readValue(json, FormDefinition.class);
			if (definition == null || definition.title() == null) {
				throw new DomainException("forms.json.invalid", "title");
			}
			return definition;
		}
		catch (JacksonException ex) {
			String where = ex.getLocation() == null ? "?" : ex.getLocation().getLineNr() + ":"
					+ ex.getLocation().getColumnNr();
			throw new DomainException("forms.json.invalid", where);
		}
		catch (IllegalArgumentException ex) {
			throw new DomainException("forms.json.invalid", "-");
		}
	}

	/** Writes a definition as indented JSON without empty fields. */
	public static String write(FormDefinition definition) {
		return MAPPER.writeValueAsString(definition);
	}
}
