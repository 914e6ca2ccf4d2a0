package ps.rasd.forms;

import java.util.List;

/**
 * Something of an imported XLSForm that Rasd does not keep as it was written, for the person importing it.
 *
 * @param sheet the sheet ({@code survey}, {@code choices}, {@code settings})
 * @param row the spreadsheet row (1 is the header), 0 when the note is about the whole sheet
 * @param code the message code, e.g. {@code forms.xlsform.note.unsupported-type}; its first argument is the row
 * @param arguments the message arguments after the row
 */
public record XlsFormNote(String sheet, int row, String code, List<Object> arguments) {

	public XlsFormNote {
		arguments = List.copyOf(arguments);
	}

	/** The message arguments: the row, then the others. */
	public Object[] messageArguments() {
		Object[] all = new Object[arguments.size() + 1];
		all[0] = row;
		for (int i = 0; i < arguments.size(); i++) {
			all[i + 1] = arguments.get(i);
		}
		return all;
	}
}
