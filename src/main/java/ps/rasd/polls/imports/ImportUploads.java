package ps.rasd.polls.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ps.rasd.shared.RasdProperties;

/**
 * Uploaded files of responses, kept between the upload and the import under
 * {@code $RASD_DATA_DIR/polls/imports/<random id>}: only the person who uploaded it can use it, for one poll, and it is
 * deleted after the import or after an hour.
 */
@Component
public class ImportUploads {

	public static final Duration KEPT = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path root;

	private final Clock clock;

	ImportUploads(RasdProperties properties, Clock clock) {
		this.root = properties.dataDir().resolve("polls").resolve("imports");
		this.clock = clock;
	}

	/** A file kept for an import. */
	public record Upload(String token, Path file, String fileName, long pollId, long accountId, Instant uploadedAt) {
	}

	public Upload save(long pollId, long accountId, String fileName, InputStream content) throws IOException {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Path dir = Files.createDirectories(root.resolve(token));
		Files.copy(content, dir.resolve("file"), StandardCopyOption.REPLACE_EXISTING);
		Properties meta = new Properties();
		meta.setProperty("poll", String.valueOf(pollId));
		meta.setProperty("account", String.valueOf(accountId));
		meta.setProperty("name", fileName);
		meta.setProperty("uploaded", clock.instant().toString());
		try (var out = Files.newBufferedWriter(dir.resolve("meta.properties"), StandardCharsets.UTF_8)) {
			meta.store(out, null);
		}
		return new Upload(token, dir.resolve("file"), fileName, pollId, accountId, clock.instant());
	}

	/** The upload, when it exists, is this person's for this poll, and is not older than an hour. */
	public Optional<Upload> find(String token, long pollId, long accountId) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		Path dir = root.resolve(token);
		Properties meta = new Properties();
		try (var in = Files.newBufferedReader(dir.resolve("meta.properties"), StandardCharsets.UTF_8)) {
			meta.load(in);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		Upload upload = new Upload(token, dir.resolve("file"), meta.getProperty("name", ""),
				Long.parseLong(meta.getProperty("poll", "-1")), Long.parseLong(meta.getProperty("account", "-1")),
				Instant.parse(meta.getProperty("uploaded", Instant.EPOCH.toString())));
		boolean fresh = upload.uploadedAt().plus(KEPT).isAfter(clock.instant());
		return upload.pollId() == pollId && upload.accountId() == accountId && fresh && Files.exists(upload.file())
				? Optional.of(upload) : Optional.empty();
	}

	public void delete(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return;
		}
		Path dir = root.resolve(token);
		try (Stream<Path> files = Files.list(dir)) {
			for (Path f : files.toList()) {
				Files.deleteIfExists(f);
			}
			Files.deleteIfExists(dir);
		}
		catch (IOException ex) {
			log.debug("Could not delete the import upload {}: {}", token, ex.getMessage());
		}
	}

	/** Deletes uploads older than an hour, left behind when nobody finished their import. */
	@Scheduled(initialDelay = 600_000, fixedDelay = 600_000)
	void purge() {
		if (!Files.isDirectory(root)) {
			return;
		}
		Instant limit = clock.instant().minus(KEPT);
		try (Stream<Path> dirs = Files.list(root)) {
			for (Path dir : dirs.toList()) {
				if (Files.getLastModifiedTime(dir).toInstant().isBefore(limit)) {
					delete(dir.getFileName().toString());
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not clear old import uploads: {}", ex.getMessage());
		}
	}
}
