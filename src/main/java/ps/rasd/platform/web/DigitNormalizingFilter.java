package ps.rasd.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import ps.rasd.shared.Digits;

/**
 * Numbers typed with Arabic-Indic digits are accepted wherever digits are: a request parameter that is a number,
 * date, time or phone number written with ٠١٢٣٤٥٦٧٨٩ (or Persian digits) reaches the application in Latin digits.
 * Parameters that hold any letter are free text and are left exactly as typed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class DigitNormalizingFilter extends OncePerRequestFilter {

	/** After folding digits: signs, digits, separators of numbers, dates, times and phone numbers, spaces. */
	private static final Pattern NUMERIC = Pattern.compile("[\\s+\\-0-9.,:/()]+");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean needed = request.getParameterMap().values().stream()
			.anyMatch(values -> values != null && java.util.Arrays.stream(values).anyMatch(Digits::hasNonLatinDigits));
		chain.doFilter(needed ? new Normalized(request) : request, response);
	}

	static String normalize(String value) {
		if (!Digits.hasNonLatinDigits(value)) {
			return value;
		}
		String latin = Digits.toLatin(value);
		return NUMERIC.matcher(latin).matches() ? latin : value;
	}

	private static final class Normalized extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		Normalized(HttpServletRequest request) {
			super(request);
			Map<String, String[]> map = new LinkedHashMap<>();
			request.getParameterMap().forEach((name, values) -> {
				String[] copy = new String[values.length];
				for (int i = 0; i < values.length; i++) {
					copy[i] = normalize(values[i]);
				}
				map.put(name, copy);
			});
			this.parameters = Collections.unmodifiableMap(map);
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = parameters.get(name);
			return values == null ? null : values.clone();
		}
	}
}
