package ps.rasd.monitoring.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A visit's answers as stored: a JSON object of question name to answer. */
final class Answers {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, String>> TYPE = new TypeReference<>() {
	};

	private Answers() {
	}

	static String write(Map<String, String> answers) {
		return MAPPER.writeValueAsString(answers);
	}

	static Map<String, String> read(String json) {
		return MAPPER.readValue(json, TYPE);
	}
}
