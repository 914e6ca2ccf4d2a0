package ps.rasd.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.evidence.domain.ResumableUpload;
import ps.rasd.evidence.domain.ResumableUploadRepository;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.MadeFiles;

/**
 * Files that arrive in pieces (the tus protocol of the field app): an upload is begun with its length, each piece is
 * appended at the offset the server reports, and a piece cut short keeps what arrived, so that the next try goes on
 * from there. Each piece is kept where the application keeps its files ({@link MadeFiles}: the data folder's
 * {@code uploads/}, or the bucket), named {@code <id>.<start>.<end>}, and the bytes received are a column of the upload,
 * so that the next piece, or the visit that takes the file, may reach another node. The finished file (its pieces read
 * in order) is opened by the visit or case that names it and handed to {@link EvidenceManagement} (stripped, hashed)
 * like any other upload, then erased. Only the person who began an upload sees it; one not touched for
 * {@code rasd.evidence.upload-expiry} is given up.
 * <p>
 * Appending runs outside a transaction: a piece may take minutes on a weak connection. One node at a time writes a
 * piece of an upload: it claims the row by a conditional update ({@code writing_until}), which lapses after
 * {@link #WRITING} if the node died mid-piece; a piece kept by a node killed before it recorded the bytes is sent
 * again and kept again under the same start.
 */
@Service
public class ResumableUploads {

	static final String FOLDER = "uploads";

	/** This node's folder of the pieces being received. */
	private static final String RECEIVING = "uploads-receiving";

	/** How long a node may take to receive one piece before another node may take the upload over. */
	static final Duration WRITING = Duration.ofMinutes(10);

	private final ResumableUploadRepository uploads;

	private final EvidenceProperties properties;

	private final Clock clock;

	private final MadeFiles files;

	ResumableUploads(ResumableUploadRepository uploads, EvidenceProperties properties, MadeFiles files, Clock clock) {
		this.uploads = uploads;
		this.properties = properties;
		this.clock = clock;
		this.files = files;
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
		own(id, actor).orElseThrow(() -> new NotFoundException("evidence.upload.not-found"));
		Instant now = clock.instant();
		if (uploads.claim(id, now, now.plus(WRITING)) == 0) {
			throw new ConflictException("evidence.upload.busy");
		}
		boolean released = false;
		Path piece = null;
		try {
			ResumableUpload upload = uploads.findById(id)
				.orElseThrow(() -> new NotFoundException("evidence.upload.not-found"));
			if (upload.getReceived() != offset) {
				throw new ConflictException("evidence.upload.offset", upload.getReceived());
			}
			long room = upload.getLength() - offset;
			piece = Files.createTempFile(files.workFolder(RECEIVING), id, ".part");
			long written;
			IOException cut = null;
			try (OutputStream out = Files.newOutputStream(piece)) {
				written = copy(content, out, room);
			}
			catch (PieceCut ex) {
				written = ex.written;
				cut = ex.cause;
			}
			if (written > room) {
				throw new DomainException("evidence.too-large", properties.maxFileSize().toMegabytes());
			}
			// what arrived before a cut is kept: the next try goes on from there
			if (written > 0) {
				Path named = piece.resolveSibling(pieceName(id, offset, offset + written));
				Files.move(piece, named);
				piece = named;
				files.keep(FOLDER, named);
				piece = null;
			}
			Instant expires = clock.instant().plus(properties.uploadExpiry());
			uploads.release(id, offset + written, expires);
			released = true;
			if (cut != null) {
				throw new UncheckedIOException(cut);
			}
			return new UploadProgress(id, offset + written, upload.getLength(), expires);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (!released) {
				uploads.release(id);
			}
			deleteQuietly(piece);
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
		if (upload.getReceived() != upload.getLength()) {
			throw new ConflictException("evidence.upload.incomplete");
		}
		List<String> chain = chain(id, upload.getLength())
			.orElseThrow(() -> new NotFoundException("evidence.upload.not-found"));
		Iterator<String> names = chain.iterator();
		Enumeration<InputStream> streams = new Enumeration<>() {

			@Override
			public boolean hasMoreElements() {
				return names.hasNext();
			}

			@Override
			public InputStream nextElement() {
				String name = names.next();
				try {
					Resource found = files.find(FOLDER, name).orElseThrow(() -> new IOException(name + " is gone"));
					return found.getInputStream();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		};
		return new SequenceInputStream(streams);
	}

	/** Erases an upload: taken by its visit or case, or given up by the person. Unknown ids are ignored. */
	@Transactional
	public void discard(String id, RasdPrincipal actor) {
		own(id, actor).ifPresent(this::erase);
	}

	/** Erases the uploads nobody went on with, and any piece left without its upload. Returns how many went. */
	@Transactional
	public int removeExpired() {
		var expired = uploads.findByExpiresAtBefore(clock.instant());
		expired.forEach(this::erase);
		int orphans = 0;
		for (String name : files.names(FOLDER)) {
			int dot = name.indexOf('.');
			if (dot > 0 && !uploads.existsById(name.substring(0, dot))) {
				files.delete(FOLDER, name);
				orphans++;
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
		for (String name : pieces(upload.getId())) {
			files.delete(FOLDER, name);
		}
	}

	private UploadProgress progress(ResumableUpload upload) {
		return new UploadProgress(upload.getId(), upload.getReceived(), upload.getLength(), upload.getExpiresAt());
	}

	private List<String> pieces(String id) {
		return files.names(FOLDER).stream().filter(name -> name.startsWith(id + ".")).toList();
	}

	/**
	 * The pieces that make the file from its start to {@code length}, in order: from each point the piece that
	 * reaches furthest (a piece sent again after a node died keeps the same bytes under the same start).
	 */
	private Optional<List<String>> chain(String id, long length) {
		List<long[]> spans = new ArrayList<>();
		List<String> names = pieces(id);
		for (String name : names) {
			String[] parts = name.split("\\.");
			if (parts.length == 3) {
				spans.add(new long[] { Long.parseLong(parts[1]), Long.parseLong(parts[2]) });
			}
		}
		List<String> chain = new ArrayList<>();
		long at = 0;
		while (at < length) {
			long from = at;
			long furthest = spans.stream()
				.filter(span -> span[0] == from && span[1] <= length)
				.mapToLong(span -> span[1])
				.max()
				.orElse(-1);
			if (furthest < 0) {
				return Optional.empty();
			}
			chain.add(pieceName(id, from, furthest));
			at = furthest;
		}
		return Optional.of(Collections.unmodifiableList(chain));
	}

	private static String pieceName(String id, long start, long end) {
		return "%s.%012d.%012d".formatted(id, start, end);
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a temporary file of this node; the next clean-up of the folder takes it
			}
		}
	}

	/** The sender's connection was cut after some bytes of the piece. */
	private static final class PieceCut extends IOException {

		private final long written;

		private final IOException cause;

		PieceCut(long written, IOException cause) {
			super(cause);
			this.written = written;
			this.cause = cause;
		}
	}

	/** Copies up to {@code room} bytes, and one more when there are more, so the caller sees an overflow. */
	private static long copy(InputStream content, OutputStream out, long room) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long written = 0;
		while (written <= room) {
			int read;
			try {
				read = content.read(buffer, 0, (int) Math.min(buffer.length, room - written + 1));
			}
			catch (IOException ex) {
				out.flush();
				throw new PieceCut(written, ex);
			}
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
