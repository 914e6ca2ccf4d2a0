package ps.rasd.analytics.web;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.analytics.MapProperties;
import ps.rasd.analytics.internal.MapData;

/**
 * The public map at {@code /map}: a table of the governorates that works without JavaScript, drawn as a Leaflet
 * choropleth of the chosen indicator ({@code rate} or {@code quality}) from {@code /map/data.geojson}.
 */
@Controller
class MapController {

	private final MapData data;

	private final MapProperties properties;

	MapController(MapData data, MapProperties properties) {
		this.data = data;
		this.properties = properties;
	}

	@GetMapping("/map")
	String page(@RequestParam(required = false) String indicator, Locale locale, Model model) {
		model.addAttribute("indicator", "quality".equals(indicator) ? "quality" : "rate");
		model.addAttribute("areas", data.areas(locale));
		model.addAttribute("tiles", properties.tiles());
		model.addAttribute("tilesAttribution", properties.tilesAttribution());
		return "analytics/map";
	}

	@GetMapping("/map/data.geojson")
	ResponseEntity<String> geoJson(Locale locale) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
			.body(data.geoJson(locale));
	}
}
