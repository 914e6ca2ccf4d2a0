package ps.rasd.platform.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import ps.rasd.shared.InvalidInputException;

/**
 * Refuses query parameters a JSON endpoint does not know (a misspelt filter would otherwise be ignored and answer
 * with everything): 422 naming each unknown parameter and listing the known ones. Endpoints that take all parameters
 * as a map check them themselves.
 */
class KnownParametersInterceptor implements HandlerInterceptor {

	/** Parameters every page accepts: the language switch. */
	private static final Set<String> ALWAYS = Set.of("lang");

	private final Map<java.lang.reflect.Method, Set<String>> known = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !"GET".equals(request.getMethod())) {
			return true;
		}
		Set<String> names = known.computeIfAbsent(method.getMethod(), m -> names(method));
		if (names == null || names.contains("*")) {
			return true;
		}
		List<InvalidInputException.Field> unknown = new ArrayList<>();
		for (String name : request.getParameterMap().keySet()) {
			if (!names.contains(name) && !ALWAYS.contains(name)) {
				unknown.add(new InvalidInputException.Field(name, "request.parameter.unknown",
						List.of(name, names.isEmpty() ? "-" : String.join(", ", names)), null));
			}
		}
		if (!unknown.isEmpty()) {
			throw new InvalidInputException("request.parameters.unknown", unknown);
		}
		return true;
	}

	private static Set<String> names(HandlerMethod method) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param == null) {
				continue;
			}
			if (Map.class.isAssignableFrom(parameter.getParameterType())) {
				names.add("*");
			}
			String name = !param.name().isEmpty() ? param.name() : param.value();
			if (name.isEmpty()) {
				parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
				name = parameter.getParameterName();
			}
			if (name != null) {
				names.add(name);
			}
		}
		return names;
	}
}
