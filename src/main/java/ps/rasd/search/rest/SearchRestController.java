package ps.rasd.search.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ps.rasd.search.SearchManagement;
import ps.rasd.search.SearchRequest;
import ps.rasd.search.SearchResults;
import ps.rasd.shared.RasdPrincipal;

/**
 * {@code GET /api/v1/search?q=...}: the same search as the page, as JSON — one page of results (type, reference,
 * title, snippet as escaped HTML with {@code <mark>}, url), the facets with their counts, and the paging. Facets are
 * chosen with repeatable parameters ({@code governorate=50&governorate=45}); bad input is answered 422 with
 * {@code errors} naming the parameter.
 */
@RestController
class SearchRestController {

	private final SearchManagement search;

	SearchRestController(SearchManagement search) {
		this.search = search;
	}

	@GetMapping("/api/v1/search")
	SearchResults search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "0") int size, @RequestParam MultiValueMap<String, String> params,
			@AuthenticationPrincipal RasdPrincipal viewer, Locale locale) {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		for (String facet : SearchRequest.FACETS) {
			List<String> values = params.getOrDefault(facet, List.of()).stream().filter(v -> !v.isBlank()).distinct()
				.toList();
			if (!values.isEmpty()) {
				filters.put(facet, values);
			}
		}
		return search.search(new SearchRequest(q, filters, page, size), viewer, locale);
	}
}
