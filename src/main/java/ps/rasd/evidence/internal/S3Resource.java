package ps.rasd.evidence.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * A kept object as a resource that can be read again (each read is a new request, from the object's start) without
 * loading it; its length and date come from the object's head.
 */
class S3Resource extends AbstractResource {

	private final S3FileStore store;

	private final String key;

	S3Resource(S3FileStore store, String key) {
		this.store = store;
		this.key = key;
	}

	@Override
	public boolean exists() {
		return store.head(key).isPresent();
	}

	@Override
	public long contentLength() throws IOException {
		return head().contentLength();
	}

	@Override
	public long lastModified() throws IOException {
		return head().lastModified().toEpochMilli();
	}

	@Override
	public InputStream getInputStream() throws IOException {
		return store.open(key);
	}

	@Override
	public String getFilename() {
		return key.substring(key.lastIndexOf('/') + 1);
	}

	@Override
	public String getDescription() {
		return "kept object [" + key + "]";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof S3Resource that && that.key.equals(key) && that.store == store;
	}

	@Override
	public int hashCode() {
		return key.hashCode();
	}

	private HeadObjectResponse head() throws IOException {
		return store.head(key).orElseThrow(() -> new FileNotFoundException(key));
	}
}
