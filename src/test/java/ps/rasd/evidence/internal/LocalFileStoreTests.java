package ps.rasd.evidence.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import ps.rasd.shared.RasdProperties;

/** The data folder's store (the default) against the {@link FileStoreContract}. */
class LocalFileStoreTests extends FileStoreContract {

	@TempDir
	Path dataDir;

	private FileStore store;

	@BeforeEach
	void makeStore() {
		store = new LocalFileStore(properties(dataDir));
	}

	@Override
	FileStore store() {
		return store;
	}

	static RasdProperties properties(Path dataDir) {
		return new RasdProperties(dataDir, false, "http://localhost");
	}
}
