package ps.rasd.cases.open311;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/** Open311's two formats of one structure: JSON as is; XML with the specification's root and item element names. */
final class Open311Format {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Open311Format() {
	}

	/** One structure, two formats: JSON as is; XML with the root and item element names of the specification. */
	static ResponseEntity<String> render(String format, String root, String item, Object body, HttpStatus status) {
		if ("json".equals(format)) {
			return ResponseEntity.status(status).contentType(new MediaType("application", "json",
					StandardCharsets.UTF_8)).body(JSON.writeValueAsString(body));
		}
		if (!"xml".equals(format)) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "400", "cases.open311.format-unknown", format);
		}
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement(root);
			if (body instanceof List<?> list) {
				for (Object element : list) {
					write(xml, item, element);
				}
			}
			else {
				writeFields(xml, (Map<?, ?>) body);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return ResponseEntity.status(status).contentType(new MediaType("text", "xml",
					StandardCharsets.UTF_8)).body(out.toString());
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void write(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
		xml.writeStartElement(name);
		if (value instanceof Map<?, ?> map) {
			writeFields(xml, map);
		}
		else {
			// characters XML 1.0 cannot carry (a NUL typed into a filter and echoed in an error) become U+FFFD
			xml.writeCharacters(value == null ? "" : String.valueOf(value)
				.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD"));
		}
		xml.writeEndElement();
	}

	private static void writeFields(XMLStreamWriter xml, Map<?, ?> map) throws XMLStreamException {
		for (Map.Entry<?, ?> e : map.entrySet()) {
			String key = String.valueOf(e.getKey());
			if (e.getValue() instanceof List<?> list) {
				xml.writeStartElement(key);
				String child = key.equals("endpoints") ? "endpoint" : key.equals("formats") ? "format"
						: key.equals("attributes") ? "attribute" : key.equals("values") ? "value" : "item";
				for (Object element : list) {
					write(xml, child, element);
				}
				xml.writeEndElement();
			}
			else {
				write(xml, key, e.getValue());
			}
		}
	}
}
