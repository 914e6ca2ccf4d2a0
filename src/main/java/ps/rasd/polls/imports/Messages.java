package ps.rasd.polls.imports;

import java.util.Locale;

/** Resolves a message code in a locale. */
public interface Messages {

	String message(String code, Object[] arguments, Locale locale);
}
