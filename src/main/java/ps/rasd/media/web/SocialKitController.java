package ps.rasd.media.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import ps.rasd.media.SocialKit;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * The social-media kit for editors: the latest published records with their posts for each platform in Arabic and
 * English, copyable in one tap, and their share images.
 */
@Controller
class SocialKitController {

	static final int LATEST = 20;

	private final SocialKit kit;

	SocialKitController(SocialKit kit) {
		this.kit = kit;
	}

	@GetMapping("/editorial/social")
	String kit(@RequestParam(required = false) String type, @AuthenticationPrincipal RasdPrincipal actor,
			Model model) {
		model.addAttribute("kits", kit.latest(type, LATEST, actor));
		model.addAttribute("types", kit.types());
		model.addAttribute("type", type);
		return "media/social";
	}

	@GetMapping("/editorial/social/{type}/{key}/{format:wide|square}.png")
	ResponseEntity<byte[]> image(@PathVariable String type, @PathVariable String key, @PathVariable String format,
			@RequestParam(defaultValue = "ar") String language, @AuthenticationPrincipal RasdPrincipal actor,
			WebRequest request) {
		Locale in = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("ar");
		SocialKit.Image image = kit.image(type, key, format, in, actor)
			.orElseThrow(() -> new NotFoundException("media.social.not-found", key));
		if (request.checkNotModified("\"" + image.etag() + "\"")) {
			return null;
		}
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
			.eTag(image.etag())
			.body(image.png());
	}
}
