package ps.rasd.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.Paging;

/**
 * The paging parameters of every list, HTML or JSON, present or future ({@code page}, {@code page_size},
 * {@code size}, {@code limit}): a number larger than {@value Paging#MAX_PAGE} either way (written in Latin or, via
 * {@link DigitNormalizingFilter}, Arabic-Indic digits) is refused before the list is read — 422 problem details
 * naming the parameter in the API (as for other paging errors), Rasd's 400 page for people — instead of a page
 * number no database offset can hold (a 500 before). Within the bounds each list keeps its own rule (a negative page
 * is the first page of most lists, a limit below 1 is refused by {@link Paging}, a word is explained by the list or
 * answered 400); past the last page, a list answers an empty page.
 */
@Configuration(proxyBeanMethods = false)
class PagingGuard implements WebMvcConfigurer {

	static final List<String> PARAMETERS = List.of("page", "page_size", "size", "limit");

	private static final Pattern NUMBER = Pattern.compile("\\s*-?\\d+\\s*");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Guard());
	}

	/**
	 * Enum parameters ({@code status}, {@code kind} …) converted strictly: a value that is only blanks or control
	 * characters (a NUL) is refused as a conversion failure — a 400 — where Spring's own converter made it
	 * {@code null}, which then broke the list it went into (a 500). An empty value still means "none".
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new StrictEnums());
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static final class StrictEnums implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
			Class<?> enumType = type;
			while (enumType != null && !enumType.isEnum()) {
				enumType = enumType.getSuperclass();
			}
			Class<T> target = (Class<T>) enumType;
			return source -> {
				if (source.isEmpty()) {
					return null;
				}
				String name = source.strip();
				if (name.isEmpty() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
					throw new IllegalArgumentException("Not a value of " + target.getSimpleName());
				}
				return (T) Enum.valueOf(target, name);
			};
		}
	}

	/**
	 * Whether a parameter's values are all within bounds. Only numbers are judged here: a value that is not a number
	 * at all is left to the list, which explains it beside its form or answers 400 (a type mismatch).
	 */
	static boolean acceptable(String[] values) {
		for (String value : values) {
			if (value != null && NUMBER.matcher(value).matches()) {
				String digits = value.strip().replace("-", "");
				if (digits.length() > 9 || Long.parseLong(digits) > Paging.MAX_PAGE) {
					return false;
				}
			}
		}
		return true;
	}

	private static final class Guard implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws IOException {
			List<InvalidInputException.Field> wrong = new ArrayList<>();
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				if (PARAMETERS.contains(parameter.getKey()) && !acceptable(parameter.getValue())) {
					wrong.add(new InvalidInputException.Field(parameter.getKey(), "paging.page.out-of-range",
							List.of(parameter.getKey(), Paging.MAX_PAGE), null));
				}
			}
			if (wrong.isEmpty()) {
				return true;
			}
			if (handler instanceof HandlerMethod method
					&& AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class)) {
				throw new InvalidInputException("paging.invalid", wrong);
			}
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return false;
		}
	}
}
