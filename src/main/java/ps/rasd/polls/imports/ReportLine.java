package ps.rasd.polls.imports;

/** One wrong value: the file's row number, the question, what is wrong and what the file says. */
public record ReportLine(long row, String question, String label, String message, String value) {
}
