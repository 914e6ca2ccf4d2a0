package ps.rasd.openrosa.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads a filled XForm instance safely: no document type, no external entities. */
final class OpenRosaXml {

	/** The instance's form id, version, instanceID and leaf values by element name. */
	record Instance(String formId, String version, String instanceId, Map<String, String> values) {
	}

	private OpenRosaXml() {
	}

	static Instance read(InputStream in) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setNamespaceAware(true);
			Document document = factory.newDocumentBuilder().parse(in);
			Element root = document.getDocumentElement();
			Map<String, String> values = new LinkedHashMap<>();
			String[] instanceId = { null };
			collect(root, values, instanceId);
			return new Instance(root.getAttribute("id"), root.getAttribute("version"), instanceId[0], values);
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IOException("not an XForm instance", ex);
		}
	}

	private static void collect(Element element, Map<String, String> values, String[] instanceId) {
		boolean leaf = true;
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				leaf = false;
				collect(e, values, instanceId);
			}
		}
		String name = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
		if (leaf && "instanceID".equals(name)) {
			instanceId[0] = element.getTextContent().strip();
		}
		else if (leaf) {
			values.putIfAbsent(name, element.getTextContent());
		}
	}
}
