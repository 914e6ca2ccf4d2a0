package ps.rasd.polls.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ps.rasd.shared.spi.MadeFiles;
import ps.rasd.shared.spi.MadeFiles.FileReader;
import ps.rasd.shared.sql.JobRuns;

/**
 * Uploaded files of responses, kept between the upload and the import where the application keeps the files it makes
 * ({@link MadeFiles}: {@code $RASD_DATA_DIR/poll-imports/} or the objects {@code poll-imports/} of the bucket, so the
 * mapping step and the import may reach another node than the upload): the file {@code <random id>} and its facts
 * {@code <random id>.properties}. Only the person who uploaded it can use it, for one poll, and it is deleted after the
 * import or after an hour (once across the nodes, {@link JobRuns}).
 */
@Component
public class ImportUploads {

	public static final Duration KEPT = Duration.ofHours(1);

	static final String FOLDER = "poll-imports";

	private static final String FACTS = ".properties";

	private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MadeFiles files;

	private final JobRuns runs;

	private final Clock clock;

	ImportUploads(MadeFiles files, JobRuns runs, Clock clock) {
		this.files = files;
		this.runs = runs;
		this.clock = clock;
	}

	/** A file kept for an import. */
	public record Upload(String token, String fileName, long pollId, long accountId, Instant uploadedAt) {
	}

	public Upload save(long pollId, long accountId, String fileName, InputStream content) throws IOException {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Path work = files.workFolder(FOLDER);
		Path file = work.resolve(token);
		Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
		Properties meta = new Properties();
		meta.setProperty("poll", String.valueOf(pollId));
		meta.setProperty("account", String.valueOf(accountId));
		meta.setProperty("name", fileName);
		meta.setProperty("uploaded", clock.instant().toString());
		Path facts = work.resolve(token + FACTS);
		try (var out = Files.newBufferedWriter(facts, StandardCharsets.UTF_8)) {
			meta.store(out, null);
		}
		files.keep(FOLDER, file);
		files.keep(FOLDER, facts);
		return new Upload(token, fileName, pollId, accountId, clock.instant());
	}

	/** The upload, when it exists, is this person's for this poll, and is not older than an hour. */
	public Optional<Upload> find(String token, long pollId, long accountId) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return facts(token).filter(upload -> upload.pollId() == pollId && upload.accountId() == accountId
				&& upload.uploadedAt().plus(KEPT).isAfter(clock.instant()) && files.find(FOLDER, token).isPresent());
	}

	/** Reads the uploaded file as a file of this node's disk (a copy while it is read, when kept in a bucket). */
	public <T> T read(Upload upload, FileReader<T> reader) {
		try {
			return files.read(FOLDER, upload.token(), reader)
				.orElseThrow(() -> new NoSuchFileException(upload.token()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Optional<Upload> facts(String token) {
		Properties meta = new Properties();
		try {
			Optional<Resource> found = files.find(FOLDER, token + FACTS);
			if (found.isEmpty()) {
				return Optional.empty();
			}
			try (var in = new InputStreamReader(found.get().getInputStream(), StandardCharsets.UTF_8)) {
				meta.load(in);
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
		return Optional.of(new Upload(token, meta.getProperty("name", ""),
				Long.parseLong(meta.getProperty("poll", "-1")), Long.parseLong(meta.getProperty("account", "-1")),
				Instant.parse(meta.getProperty("uploaded", Instant.EPOCH.toString()))));
	}

	public void delete(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return;
		}
		try {
			files.delete(FOLDER, token);
			files.delete(FOLDER, token + FACTS);
		}
		catch (RuntimeException ex) {
			log.debug("Could not delete the import upload {}: {}", token, ex.getMessage());
		}
	}

	/**
	 * Deletes uploads older than an hour, left behind when nobody finished their import: once every ten minutes
	 * across the nodes, each node looking every minute.
	 */
	@Scheduled(initialDelay = 600_000, fixedDelay = 60_000)
	void purge() {
		runs.runDue("polls.import-uploads", Duration.ofMinutes(10), this::purgeNow);
	}

	/** Deletes the uploads older than an hour; how many. */
	int purgeNow() {
		Instant limit = clock.instant().minus(KEPT);
		int deleted = 0;
		for (String name : files.names(FOLDER)) {
			if (!TOKEN.matcher(name).matches()) {
				continue;
			}
			Optional<Upload> upload = facts(name);
			if (upload.isEmpty() || upload.get().uploadedAt().isBefore(limit)) {
				delete(name);
				deleted++;
			}
		}
		return deleted;
	}
}
