package ps.rasd.shared;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.util.UriComponentsBuilder;

/** Links of paged lists that keep their filters. */
public final class PageLinks {

	private PageLinks() {
	}

	/**
	 * The path with its non-empty filters as query parameters, ending in {@code page=} for the pager to complete.
	 * @param filters names and values, alternating; {@code null} and blank values are left out
	 */
	public static String prefix(String path, Object... filters) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		Map<String, Object> values = new TreeMap<>();
		for (int i = 0; i + 1 < filters.length; i += 2) {
			Object value = filters[i + 1];
			if (value != null && !value.toString().isBlank()) {
				values.put(filters[i].toString(), value);
			}
		}
		values.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
		String url = builder.encode().buildAndExpand(values).toUriString();
		return url + (url.contains("?") ? "&" : "?") + "page=";
	}
}
