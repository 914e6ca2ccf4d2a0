package ps.rasd.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.evidence.domain.ResumableUpload;
import ps.rasd.evidence.domain.ResumableUploadRepository;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.RasdPrincipal;

/**
 * Files that arrive in pieces (the tus protocol of the field app): an upload is begun with its length, each piece is
 * appended at the offset the server reports, and a piece cut short keeps what arrived, so that the next try goes on
 * from there. The bytes grow under {@code $RASD_DATA_DIR/uploads}; the finished file is opened by the visit or case
 * that names it and handed to {@link EvidenceManagement} (stripped, hashed) like any other upload, then erased. Only
 * the person who began an upload sees it; one not touched for {@code rasd.evidence.upload-expiry} is given up.
 * <p>
 * Appending runs outside a transaction: a piece may take minutes on a weak connection, and the offset is the file's
 * size, not a column.
 */
@Service
public class ResumableUploads {

	private final ResumableUploadRepository uploads;

	private final EvidenceProperties properties;

	private final Clock clock;

	private final Path root;

	private final ConcurrentHashMap<String, ReentrantLock> writing = new ConcurrentHashMap<>();

	ResumableUploads(ResumableUploadRepository uploads, EvidenceProperties properties, RasdProperties rasd,
			Clock clock) {
		this.uploads = uploads;
		this.properties = properties;
		this.clock = clock;
		this.root = rasd.dataDir().resolve("uploads");
	}

	/** The longest file taken this way. */
	public long maxLength() {
		return properties.maxFileSize().toBytes();
	}

	/**
	 * Begins an upload.
	 * @throws DomainException {@code evidence.too-large} above {@link #maxLength()}, {@code evidence.empty} for 0
	 */
	@Transactional
	public UploadProgress start(long length, String fileName, RasdPrincipal actor) {
		if (length <= 0) {
			throw new DomainException("evidence.empty");
		}
		if (length > maxLength()) {
			throw new DomainException("evidence.too-large", properties.maxFileSize().toMegabytes());
		}
		Instant now = clock.instant();
		String name = fileName == null ? null : fileName.strip();
		if (name != null && (name.isEmpty() || name.length() > 200)) {
			name = name.isEmpty() ? null : name.substring(0, 200);
		}
		var upload = uploads.save(new ResumableUpload(UUID.randomUUID().toString(), actor.accountId(), length, name,
				now, now.plus(properties.uploadExpiry())));
		try {
			Files.createDirectories(root);
			Files.deleteIfExists(file(upload.getId()));
			Files.createFile(file(upload.getId()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return progress(upload);
	}

	/** Where the person's upload stands; empty when it does not exist, expired, or is someone else's. */
	@Transactional(readOnly = true)
	public Optional<UploadProgress> progress(String id, RasdPrincipal actor) {
		return own(id, actor).map(this::progress);
	}

	/**
	 * Appends a piece. What arrives before the connection is cut is kept.
	 * @param offset where the sender believes the piece starts; must be the bytes received so far
	 * @throws NotFoundException {@code evidence.upload.not-found}
	 * @throws ConflictException {@code evidence.upload.offset} (the sender must ask where to go on from) or
	 * {@code evidence.upload.busy} (another piece of it is being received)
	 * @throws DomainException {@code evidence.too-large} when the piece goes past the declared length (it is not kept)
	 */
	public UploadProgress append(String id, long offset, InputStream content, RasdPrincipal actor) {
		ResumableUpload upload = own(id, actor).orElseThrow(() -> new NotFoundException("evidence.upload.not-found"));
		ReentrantLock lock = writing.computeIfAbsent(id, k -> new ReentrantLock());
		if (!lock.tryLock()) {
			throw new ConflictException("evidence.upload.busy");
		}
		try (FileChannel channel = FileChannel.open(file(id), StandardOpenOption.WRITE)) {
			if (channel.size() != offset) {
				throw new ConflictException("evidence.upload.offset", channel.size());
			}
			channel.position(offset);
			long room = upload.getLength() - offset;
			long written = copy(content, channel, room);
			if (written > room) {
				channel.truncate(offset);
				throw new DomainException("evidence.too-large", properties.maxFileSize().toMegabytes());
			}
			// no force: the offset is always the size on disk, so a piece lost in a crash is only sent again
			upload.touched(clock.instant().plus(properties.uploadExpiry()));
			uploads.save(upload);
			return progress(upload);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			lock.unlock();
			writing.remove(id, lock);
		}
	}

	/**
	 * The finished file, to hand to the evidence module.
	 * @throws NotFoundException {@code evidence.upload.not-found}
	 * @throws ConflictException {@code evidence.upload.incomplete}
	 */
	@Transactional(readOnly = true)
	public InputStream open(String id, RasdPrincipal actor) {
		ResumableUpload upload = own(id, actor).orElseThrow(() -> new NotFoundException("evidence.upload.not-found"));
		if (size(id) != upload.getLength()) {
			throw new ConflictException("evidence.upload.incomplete");
		}
		try {
			return Files.newInputStream(file(id));
		}
		catch (IOException ex) {
			throw new NotFoundException("evidence.upload.not-found");
		}
	}

	/** Erases an upload: taken by its visit or case, or given up by the person. Unknown ids are ignored. */
	@Transactional
	public void discard(String id, RasdPrincipal actor) {
		own(id, actor).ifPresent(this::erase);
	}

	/** Erases the uploads nobody went on with, and any file left without its upload. Returns how many went. */
	@Transactional
	public int removeExpired() {
		var expired = uploads.findByExpiresAtBefore(clock.instant());
		expired.forEach(this::erase);
		int orphans = 0;
		if (Files.isDirectory(root)) {
			Instant old = clock.instant().minus(properties.uploadExpiry());
			try (var files = Files.list(root)) {
				for (Path path : files.toList()) {
					String name = path.getFileName().toString();
					String id = name.endsWith(".part") ? name.substring(0, name.length() - 5) : name;
					if (Files.getLastModifiedTime(path).toInstant().isBefore(old) && !uploads.existsById(id)) {
						Files.deleteIfExists(path);
						orphans++;
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return expired.size() + orphans;
	}

	private Optional<ResumableUpload> own(String id, RasdPrincipal actor) {
		if (id == null || actor == null || !id.matches("[0-9a-f-]{36}")) {
			return Optional.empty();
		}
		return uploads.findById(id)
			.filter(u -> u.getOwnerId() == actor.accountId() && u.getExpiresAt().isAfter(clock.instant()));
	}

	private void erase(ResumableUpload upload) {
		uploads.delete(upload);
		try {
			Files.deleteIfExists(file(upload.getId()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private UploadProgress progress(ResumableUpload upload) {
		return new UploadProgress(upload.getId(), size(upload.getId()), upload.getLength(), upload.getExpiresAt());
	}

	private long size(String id) {
		try {
			return Files.size(file(id));
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private Path file(String id) {
		return root.resolve(id + ".part");
	}

	/** Copies up to {@code room} bytes, and one more when there are more, so the caller sees an overflow. */
	private static long copy(InputStream content, FileChannel channel, long room) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long written = 0;
		OutputStream out = java.nio.channels.Channels.newOutputStream(channel);
		while (written <= room) {
			int read = content.read(buffer, 0, (int) Math.min(buffer.length, room - written + 1));
			if (read < 0) {
				break;
			}
			out.write(buffer, 0, read);
			written += read;
		}
		out.flush();
		return written;
	}
}
