package ps.rasd.evidence;

import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.apache.tika.Tika;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.evidence.domain.CustodyEvent;
import ps.rasd.evidence.domain.CustodyEventRepository;
import ps.rasd.evidence.domain.EvidenceFile;
import ps.rasd.evidence.domain.EvidenceFileRepository;
import ps.rasd.evidence.internal.EvidenceProcessing;
import ps.rasd.evidence.internal.FileStore;
import ps.rasd.evidence.internal.Mp4Metadata;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * The evidence facade. {@link #upload} takes the bytes, finds their type in the bytes (never the name), refuses what
 * is not allowed, too large, too many pixels or damaged, removes every image's metadata and checks it is gone, makes
 * a thumbnail, keeps the file under its hash and records its custody. Reading a file is for whoever the record's
 * module allows, and is recorded too.
 */
@Service
@Transactional
public class EvidenceManagement {

	/** What may be uploaded: photos, PDF documents, short audio and video. */
	public static final Set<String> ALLOWED = Set.of("image/jpeg", "image/png", "image/webp", "application/pdf", "audio/mpeg",
			"audio/mp4", "audio/x-m4a", "audio/ogg", "audio/vorbis", "audio/opus", "video/mp4");

	/**
	 * What {@link #uploadMedia} takes: the video, audio and PDF files of publications, kept as they are (not
	 * transcoded). Images go through {@link #upload}, which removes their metadata.
	 */
	public static final Set<String> MEDIA = Set.of("video/mp4", "video/webm", "video/quicktime", "audio/mpeg",
			"audio/mp4", "audio/x-m4a", "audio/ogg", "audio/vorbis", "audio/opus", "application/pdf");

	/** Tika reads its type database when first needed (on the first upload), not at start-up. */
	private static final class Detector {

		static final Tika TIKA = new Tika();

		private Detector() {
		}
	}

	private final EvidenceFileRepository files;

	private final CustodyEventRepository custody;

	private final FileStore store;

	private final EvidenceProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	private final ps.rasd.evidence.internal.Sealer sealer;

	EvidenceManagement(EvidenceFileRepository files, CustodyEventRepository custody, FileStore store,
			EvidenceProperties properties, AuditTrail audit, Clock clock, ps.rasd.evidence.internal.Sealer sealer) {
		this.sealer = sealer;
		this.files = files;
		this.custody = custody;
		this.store = store;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Takes a file for a record.
	 * @throws DomainException {@code evidence.empty}, {@code evidence.too-large}, {@code evidence.type-refused},
	 * {@code evidence.too-many-pixels}, {@code evidence.damaged}; every refusal comes before anything is stored, so
	 * it does not undo the caller's transaction (a case filed with a refused photo is kept)
	 */
	@Transactional(noRollbackFor = DomainException.class)
	public EvidenceSummary upload(InputStream content, String subjectType, String subjectId, String governorateCode,
			RasdPrincipal actor) {
		return upload(content, subjectType, subjectId, governorateCode, false, actor);
	}

	/**
	 * Takes a file; with {@code keepOriginal} (coordinators of the governorate and administrators only) the untouched
	 * original is also kept, sealed: encrypted, and readable only by them, each read recorded. Refusals do not undo
	 * the caller's transaction (a visit saved with a refused photo keeps its answers).
	 */
	@Transactional(noRollbackFor = DomainException.class)
	public EvidenceSummary upload(InputStream content, String subjectType, String subjectId, String governorateCode,
			boolean keepOriginal, RasdPrincipal actor) {
		if (keepOriginal && !actor.manages(governorateCode)) {
			throw new ForbiddenException("evidence.seal-forbidden");
		}
		byte[] received = read(content);
		String mediaType = Detector.TIKA.detect(received);
		if (!ALLOWED.contains(mediaType)) {
			throw new DomainException("evidence.type-refused", mediaType);
		}
		var processed = EvidenceProcessing.process(mediaType, received, properties);
		String receivedHash = sha256(received);
		String storedHash = sha256(processed.bytes());
		store.put(storedHash, processed.bytes());
		String thumbnailHash = null;
		if (processed.thumbnail() != null) {
			thumbnailHash = sha256(processed.thumbnail());
			store.put(thumbnailHash, processed.thumbnail());
		}
		var now = clock.instant();
		EvidenceFile file = files.save(new EvidenceFile(receivedHash, storedHash, thumbnailHash, mediaType,
				processed.bytes().length, processed.width(), processed.height(), subjectType, subjectId,
				governorateCode, actor == null ? 0 : actor.accountId(), now));
		step(file.getId(), actor, "RECEIVED", receivedHash + " " + received.length + " bytes");
		if (processed.removed()) {
			step(file.getId(), actor, "STRIPPED", "metadata removed and checked gone");
		}
		step(file.getId(), actor, "STORED", storedHash);
		if (keepOriginal) {
			byte[] sealed = sealer.seal(received);
			String sealedHash = sha256(sealed);
			store.put(sealedHash, sealed);
			file.sealOriginal(sealedHash);
			step(file.getId(), actor, "SEALED", "original " + receivedHash + " encrypted as " + sealedHash);
		}
		audit.record("evidence.uploaded", "evidence", file.getId(), governorateCode,
				subjectType + " " + subjectId + " " + mediaType);
		return file.toSummary();
	}

	/**
	 * Takes a large media file of a publication (a video, a radio piece, a PDF) by streaming it to disk: it is never
	 * held in memory, its hash is computed while it is written, its type is found in its first bytes, and it is kept
	 * as received (not transcoded), up to {@code rasd.evidence.max-media-size}.
	 * @throws DomainException {@code evidence.empty}, {@code evidence.too-large}, {@code evidence.type-refused};
	 * nothing is kept after a refusal
	 */
	@Transactional(noRollbackFor = DomainException.class)
	public EvidenceSummary uploadMedia(InputStream content, String subjectType, String subjectId, RasdPrincipal actor) {
		Path temporary = null;
		try (InputStream in = content) {
			temporary = Files.createTempFile(store.incoming(), "media", ".part");
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long limit = properties.maxMediaSize().toBytes();
			long size;
			try (OutputStream out = Files.newOutputStream(temporary)) {
				size = new DigestInputStream(in, digest).transferTo(new LimitedOutput(out, limit));
			}
			if (size == 0) {
				throw new DomainException("evidence.empty");
			}
			String mediaType;
			try (InputStream head = new BufferedInputStream(Files.newInputStream(temporary))) {
				mediaType = Detector.TIKA.detect(head);
			}
			if (!MEDIA.contains(mediaType)) {
				throw new DomainException("evidence.type-refused", mediaType);
			}
			String received = HexFormat.of().formatHex(digest.digest());
			int blanked = Mp4Metadata.TYPES.contains(mediaType) ? Mp4Metadata.strip(temporary) : 0;
			String hash = blanked == 0 ? received : sha256(temporary);
			store.putFile(hash, temporary);
			temporary = null;
			EvidenceFile file = files.save(new EvidenceFile(received, hash, null, mediaType, size, null, null,
					subjectType, subjectId, null, actor == null ? 0 : actor.accountId(), clock.instant()));
			step(file.getId(), actor, "RECEIVED", received + " " + size + " bytes, streamed");
			if (blanked > 0) {
				step(file.getId(), actor, "STRIPPED", blanked + " location and device boxes blanked, not re-encoded");
			}
			step(file.getId(), actor, "STORED", hash);
			audit.record("evidence.uploaded", "evidence", file.getId(), null,
					subjectType + " " + subjectId + " " + mediaType);
			return file.toSummary();
		}
		catch (LimitedOutput.TooLarge ex) {
			throw new DomainException("evidence.too-large", properties.maxMediaSize().toMegabytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * The kept file of a record its module has published, as a resource that is read in parts (HTTP range requests)
	 * and streamed, never loaded whole. The caller checks that the record is published.
	 * @throws NotFoundException {@code evidence.not-found} when the file is not of that kind of record
	 */
	@Transactional(readOnly = true)
	public Resource publishedResource(long id, String subjectType) {
		EvidenceFile file = load(id);
		if (!file.toSummary().subjectType().equals(subjectType)) {
			throw new NotFoundException("evidence.not-found");
		}
		return store.resource(file.getSha256Stored());
	}

	private static void deleteQuietly(Path path) {
		if (path != null) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				// a left-over part file in the incoming folder is harmless
			}
		}
	}

	/** The files of a record, oldest first. */
	@Transactional(readOnly = true)
	public List<EvidenceSummary> filesOf(String subjectType, String subjectId) {
		return files.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId).stream()
			.map(EvidenceFile::toSummary)
			.toList();
	}

	/** A file's facts. */
	@Transactional(readOnly = true)
	public EvidenceSummary file(long id) {
		return load(id).toSummary();
	}

	/** The kept bytes (or the thumbnail), recording who viewed or downloaded them. */
	public InputStream open(long id, boolean thumbnail, boolean download, RasdPrincipal actor) {
		EvidenceFile file = load(id);
		if (thumbnail && file.getThumbnailSha256() == null) {
			throw new NotFoundException("evidence.not-found");
		}
		if (!thumbnail) {
			step(id, actor, download ? "DOWNLOADED" : "VIEWED", null);
		}
		return store.get(thumbnail ? file.getThumbnailSha256() : file.getSha256Stored());
	}

	/**
	 * The kept bytes of a file its module has published to everyone (a library PDF, a news cover, a media
	 * production): read without a custody step, for these are publications, not evidence. The caller checks that
	 * the file belongs to a published record of its own kind.
	 * @throws NotFoundException {@code evidence.not-found} when the file is not of that kind of record
	 */
	@Transactional(readOnly = true)
	public InputStream openPublished(long id, String subjectType) {
		EvidenceFile file = load(id);
		if (!file.toSummary().subjectType().equals(subjectType)) {
			throw new NotFoundException("evidence.not-found");
		}
		return store.get(file.getSha256Stored());
	}

	/**
	 * The untouched original of a sealed file, for coordinators of its governorate and administrators; every read is
	 * recorded in the custody chain and the audit log.
	 */
	public byte[] openOriginal(long id, RasdPrincipal actor) {
		EvidenceFile file = load(id);
		if (actor == null || !actor.manages(file.getGovernorateCode())) {
			throw new ForbiddenException("evidence.seal-forbidden");
		}
		if (file.getSealedSha256() == null) {
			throw new NotFoundException("evidence.not-found");
		}
		step(id, actor, "ORIGINAL_READ", null);
		audit.record("evidence.original-read", "evidence", id, file.getGovernorateCode(), null);
		try (InputStream in = store.get(file.getSealedSha256())) {
			return sealer.open(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The chain of custody, oldest first (exportable for a dispute). */
	@Transactional(readOnly = true)
	public List<CustodyStep> custody(long id) {
		return custody.findByFileIdOrderByAtAscIdAsc(id).stream().map(CustodyEvent::toStep).toList();
	}

	private EvidenceFile load(long id) {
		return files.findById(id).orElseThrow(() -> new NotFoundException("evidence.not-found"));
	}

	private void step(long fileId, RasdPrincipal actor, String action, String detail) {
		custody.save(new CustodyEvent(fileId, clock.instant(), actor == null ? 0 : actor.accountId(), action, detail));
	}

	private byte[] read(InputStream content) {
		long limit = properties.maxFileSize().toBytes();
		try (InputStream in = content) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (bytes.length == 0) {
				throw new DomainException("evidence.empty");
			}
			if (bytes.length > limit) {
				throw new DomainException("evidence.too-large", properties.maxFileSize().toMegabytes());
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Writes through, and stops once more than the limit was written. */
	private static final class LimitedOutput extends FilterOutputStream {

		static final class TooLarge extends IOException {

			private static final long serialVersionUID = 1L;
		}

		private final long limit;

		private long written;

		LimitedOutput(OutputStream out, long limit) {
			super(out);
			this.limit = limit;
		}

		@Override
		public void write(int b) throws IOException {
			count(1);
			out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			count(len);
			out.write(b, off, len);
		}

		private void count(long n) throws TooLarge {
			written += n;
			if (written > limit) {
				throw new TooLarge();
			}
		}
	}
}
