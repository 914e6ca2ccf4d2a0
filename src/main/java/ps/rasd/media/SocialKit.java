package ps.rasd.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

import ps.rasd.media.domain.ShareImage;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.spi.MadeFiles;
import ps.rasd.shared.spi.ShareableSource;
import ps.rasd.shared.spi.ShareableSource.Shareable;

/**
 * The social-media kit: the latest published records of every module that offers them
 * ({@link ShareableSource}), each with ready-to-post text in Arabic and English for every platform of
 * {@link PostText#PLATFORMS}, and its share images (1200×630 and 1080×1080 PNG), drawn once and kept on disk under
 * their content's hash. Nothing is posted automatically. Editors only ({@code media.forbidden} for anyone else).
 */
@Service
public class SocialKit {

	/** Languages of the posts, Arabic first. */
	public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("ar"), Locale.ENGLISH);

	private static final int PER_SOURCE = 200;

	/** Changes when the drawing changes, so that images kept on disk are drawn again. */
	private static final String DRAWING = "1";

	private final List<ShareableSource> sources;

	private final MessageSource messages;

	private final RasdProperties rasd;

	private static final String SHARE_IMAGES = "share-images";

	private final MadeFiles files;

	SocialKit(List<ShareableSource> sources, MessageSource messages, RasdProperties rasd, MadeFiles files) {
		this.files = files;
		this.sources = sources;
		this.messages = messages;
		this.rasd = rasd;
	}

	/** One post, as the platform counts it. */
	public record Post(String platform, Locale language, String text, int length, int limit) {
	}

	/** A record with its link and its posts in both languages, for every platform. */
	public record Kit(Shareable record, String url, List<Post> posts) {

		/** The posts in one language, e.g. {@code ar}. */
		public List<Post> in(String language) {
			return posts.stream().filter(p -> p.language().getLanguage().equals(language)).toList();
		}
	}

	/** A share image and its tag for HTTP caching. */
	public record Image(String etag, byte[] png) {
	}

	/** The latest shareable records of every kind (or of one kind), newest first. */
	public List<Kit> latest(String type, int limit, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		List<Shareable> all = new ArrayList<>();
		for (ShareableSource source : sources) {
			if (type == null || type.isBlank() || source.type().equals(type)) {
				all.addAll(source.latest(limit));
			}
		}
		all.sort(Comparator.comparing(Shareable::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())));
		return all.stream().limit(limit).map(this::kit).toList();
	}

	/** The kinds on offer, e.g. {@code finding}, {@code poll}, {@code campaign}. */
	public List<String> types() {
		return sources.stream().map(ShareableSource::type).distinct().toList();
	}

	/** One record of the kit, if it is among the latest of its kind. */
	public Optional<Kit> find(String type, String key, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		return sources.stream().filter(s -> s.type().equals(type)).flatMap(s -> s.latest(PER_SOURCE).stream())
			.filter(s -> s.key().equals(key)).findFirst().map(this::kit);
	}

	/**
	 * The share image of a record in a language, drawn once and then read where the application keeps its files
	 * ({@link MadeFiles}: the data folder's {@code share-images/} or the bucket, so every node reads what one drew).
	 * @param format {@code wide} (1200×630) or {@code square} (1080×1080)
	 */
	public Optional<Image> image(String type, String key, String format, Locale language, RasdPrincipal actor) {
		ShareImage.Format size = "square".equals(format) ? ShareImage.Format.SQUARE : ShareImage.Format.WIDE;
		return find(type, key, actor).map(kit -> image(kit.record(), size, language));
	}

	private Image image(Shareable record, ShareImage.Format format, Locale language) {
		String label = label(record.type(), language);
		String title = record.title().in(language);
		String summary = record.summary() == null ? null : record.summary().in(language);
		String footer = messages.getMessage("media.social.image.site", null, language) + "  ·  " + host();
		boolean rtl = !"en".equals(language.getLanguage());
		String etag = hash(String.join("\u0000", DRAWING, format.name(), language.getLanguage(), label, title,
				summary == null ? "" : summary, footer));
		String name = etag + ".png";
		try {
			Optional<Resource> kept = files.find(SHARE_IMAGES, name);
			if (kept.isPresent()) {
				try (InputStream in = kept.get().getInputStream()) {
					return new Image(etag, in.readAllBytes());
				}
			}
			byte[] png = ShareImage.render(format, label, title, summary, footer, rtl);
			Path part = Files.write(Files.createTempFile(files.workFolder(SHARE_IMAGES), etag, ".part"), png);
			Path file = Files.move(part, part.resolveSibling(name), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
			files.keep(SHARE_IMAGES, file);
			return new Image(etag, png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Kit kit(Shareable record) {
		String url = rasd.baseUrl().replaceAll("/+$", "") + record.path();
		List<Post> posts = new ArrayList<>();
		for (Locale language : LANGUAGES) {
			String title = record.title().in(language);
			String summary = record.summary() == null ? null : record.summary().in(language);
			Set<String> tags = new LinkedHashSet<>(record.hashtags());
			tags.add(messages.getMessage("media.social.hashtag", null, language));
			for (PostText.Platform platform : PostText.PLATFORMS) {
				String text = PostText.compose(platform, title, summary, List.copyOf(tags), url);
				posts.add(new Post(platform.code(), language, text, PostText.length(platform, text), platform.limit()));
			}
		}
		return new Kit(record, url, posts);
	}

	/** The kind in words, e.g. «دراسة». */
	public String label(String type, Locale language) {
		return messages.getMessage("media.social.type." + type, null, type, language);
	}

	private String host() {
		String host = URI.create(rasd.baseUrl()).getHost();
		return host == null ? rasd.baseUrl() : host;
	}

	private static String hash(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
