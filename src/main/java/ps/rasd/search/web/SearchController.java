package ps.rasd.search.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import ps.rasd.search.SearchManagement;
import ps.rasd.search.SearchRequest;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;

/**
 * The search page: a plain GET form that works without JavaScript, facets as check boxes of the same form, results
 * with their snippets, and the pager. Bad input is said on the page, in the reader's language: an empty query shows
 * the form, a long one is cut and searched, anything else is explained with status 400.
 */
@Controller
class SearchController {

	private final SearchManagement search;

	private final MessageSource messages;

	SearchController(SearchManagement search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") String page,
			@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal RasdPrincipal viewer,
			Locale locale, Model model, HttpServletResponse response) {
		String text = SearchManagement.clean(q);
		List<String> notices = new ArrayList<>();
		if (text.length() > search.maxQueryLength()) {
			text = text.substring(0, search.maxQueryLength()).strip();
			notices.add(messages.getMessage("search.query.cut", new Object[] { search.maxQueryLength() }, locale));
		}
		Map<String, List<String>> filters = new LinkedHashMap<>();
		for (String facet : SearchRequest.FACETS) {
			List<String> values = params.getOrDefault(facet, List.of()).stream().filter(v -> !v.isBlank()).distinct()
				.toList();
			if (!values.isEmpty()) {
				filters.put(facet, values);
			}
		}
		model.addAttribute("q", text);
		model.addAttribute("filters", filters);
		model.addAttribute("notices", notices);
		model.addAttribute("pagePrefix", prefix(text, filters));
		if (text.isEmpty() && filters.isEmpty()) {
			return "search/results";
		}
		int number = page.matches("\\d{1,6}") ? Integer.parseInt(page) : -1;
		try {
			model.addAttribute("results", search.search(new SearchRequest(text, filters, number, 0), viewer, locale));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.fields().stream()
				.map(f -> messages.getMessage(f.code(), f.arguments().toArray(), locale))
				.toList());
			ex.fields().stream().filter(f -> f.code().equals("search.page.past-end")).findFirst()
				.ifPresent(f -> model.addAttribute("lastPage", Math.max(((Integer) f.arguments().get(1)) - 1, 0)));
			response.setStatus(text.isEmpty() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST);
		}
		return "search/results";
	}

	private static String prefix(String text, Map<String, List<String>> filters) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/search");
		int i = 0;
		Map<String, Object> values = new LinkedHashMap<>();
		if (!text.isEmpty()) {
			builder.queryParam("q", "{v" + i + "}");
			values.put("v" + i++, text);
		}
		for (Map.Entry<String, List<String>> facet : filters.entrySet()) {
			for (String value : facet.getValue()) {
				builder.queryParam(facet.getKey(), "{v" + i + "}");
				values.put("v" + i++, value);
			}
		}
		String url = builder.encode().buildAndExpand(values).toUriString();
		return url + (url.contains("?") ? "&" : "?") + "page=";
	}
}
