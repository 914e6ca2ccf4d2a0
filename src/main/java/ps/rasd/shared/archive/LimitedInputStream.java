package ps.rasd.shared.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what is read through it and throws {@link ArchiveRefused} (too large) as soon as more than the limit has
 * come out: wrap any decompressing stream (GZIP, an inflated zip entry) in it before a reader sees it.
 */
public final class LimitedInputStream extends FilterInputStream {

	private final long limit;

	private final String code;

	private final Object[] arguments;

	private long count;

	/**
	 * @param in the stream to read
	 * @param limit the most bytes that may be read
	 * @param code the message key of the refusal
	 * @param arguments its arguments
	 */
	public LimitedInputStream(InputStream in, long limit, String code, Object... arguments) {
		super(in);
		this.limit = limit;
		this.code = code;
		this.arguments = arguments.clone();
	}

	/** Bytes read so far. */
	public long count() {
		return count;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			add(1);
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = super.read(b, off, len);
		if (n > 0) {
			add(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		add(skipped);
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void add(long n) {
		count += n;
		if (count > limit) {
			throw new ArchiveRefused(true, code, arguments);
		}
	}
}
