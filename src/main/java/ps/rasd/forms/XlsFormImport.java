package ps.rasd.forms;

import java.util.List;

/**
 * An XLSForm read into a definition.
 *
 * @param definition what Rasd understood of the sheet
 * @param notes what it did not keep as written (unsupported types, columns, functions…), in sheet order
 */
public record XlsFormImport(FormDefinition definition, List<XlsFormNote> notes) {

	public XlsFormImport {
		notes = List.copyOf(notes);
	}
}
