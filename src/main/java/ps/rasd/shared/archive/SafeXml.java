package ps.rasd.shared.archive;

import java.io.InputStream;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML document once, streaming, before the real reader does, and refuses it when it declares a document type
 * (the door of external entities and of "billion laughs" entity expansion), holds a text or attribute longer than a
 * cell may be, or, in a worksheet, names a cell or row outside a spreadsheet's bounds (16,384 columns, 1,048,576 rows).
 */
public final class SafeXml {

	private static final XMLInputFactory FACTORY = factory();

	/** Spreadsheet elements whose text makes one cell value (shared string, cell, inline string). */
	private static final Set<String> CELLS = Set.of("si", "c", "is");

	private static final Pattern CELL_REF = Pattern.compile("\\$?([A-Z]{1,3})\\$?([0-9]{1,7})");

	private SafeXml() {
	}

	/**
	 * Checks a document; throws {@link ArchiveRefused} when it is refused.
	 *
	 * @param in the document (not closed)
	 * @param name the name shown in the message
	 * @param maxText the longest text node, attribute or cell
	 * @param worksheet whether cell and row references are checked
	 */
	public static void check(InputStream in, String name, int maxText, boolean worksheet) {
		XMLStreamReader reader = null;
		try {
			reader = FACTORY.createXMLStreamReader(in);
			long text = 0;
			long cell = 0;
			while (reader.hasNext()) {
				int event = reader.next();
				switch (event) {
					case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE,
							XMLStreamConstants.ENTITY_DECLARATION ->
						throw new ArchiveRefused(false, "archive.xml-doctype", name);
					case XMLStreamConstants.START_ELEMENT -> {
						text = 0;
						if (CELLS.contains(reader.getLocalName())) {
							cell = 0;
						}
						attributes(reader, name, maxText, worksheet);
					}
					case XMLStreamConstants.END_ELEMENT -> text = 0;
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
						text += reader.getTextLength();
						cell += reader.getTextLength();
						if (text > maxText || cell > 2L * maxText) {
							throw new ArchiveRefused(true, "archive.cell-too-long", name, maxText);
						}
					}
					default -> {
						// comments and processing instructions are small or bounded by the entry's size
					}
				}
			}
		}
		catch (XMLStreamException | RuntimeException ex) {
			if (ex instanceof ArchiveRefused refused) {
				throw refused;
			}
			if (ex.getCause() instanceof ArchiveRefused refused) {
				throw refused;
			}
			throw new ArchiveRefused(false, "archive.xml-damaged", name);
		}
		finally {
			close(reader);
		}
	}

	private static void attributes(XMLStreamReader reader, String name, int maxText, boolean worksheet) {
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			String value = reader.getAttributeValue(i);
			if (value.length() > maxText) {
				throw new ArchiveRefused(true, "archive.cell-too-long", name, maxText);
			}
		}
		if (!worksheet) {
			return;
		}
		String ref = reader.getAttributeValue(null, "r");
		if (ref == null) {
			return;
		}
		boolean inBounds = switch (reader.getLocalName()) {
			case "c" -> cellInBounds(ref);
			case "row" -> ref.matches("[0-9]{1,7}") && Integer.parseInt(ref) <= 1_048_576;
			default -> true;
		};
		if (!inBounds) {
			throw new ArchiveRefused(false, "archive.cell-out-of-bounds", name, ref);
		}
	}

	private static boolean cellInBounds(String ref) {
		Matcher m = CELL_REF.matcher(ref);
		if (!m.matches()) {
			return false;
		}
		int column = 0;
		for (char c : m.group(1).toCharArray()) {
			column = column * 26 + (c - 'A' + 1);
		}
		return column <= 16_384 && Integer.parseInt(m.group(2)) <= 1_048_576;
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		return factory;
	}

	private static void close(XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (XMLStreamException ex) {
				// nothing was kept open
			}
		}
	}
}
