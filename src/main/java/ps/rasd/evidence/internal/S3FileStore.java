package ps.rasd.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.Resource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.spi.BucketObjects;
import ps.rasd.shared.spi.MadeFiles;

/**
 * Files as objects {@code evidence/<sha256>} of one bucket of S3-compatible storage, shared by every node. An object
 * is written whole by one request (S3 has no half-written objects), and bytes already kept under their hash are not
 * sent again. Files being received still go to this node's {@code $RASD_DATA_DIR/evidence/incoming}. Made files
 * (exports, reports) are objects {@code <folder>/<name>}, written first in this node's data folder.
 */
class S3FileStore implements FileStore, DisposableBean {

	private static final String PREFIX = "evidence/";

	private final S3Client client;

	private final String bucket;

	private final Path incoming;

	private final Path dataDir;

	S3FileStore(S3Properties properties, RasdProperties rasd) {
		this(client(properties), properties.bucket(), rasd.dataDir());
	}

	S3FileStore(S3Client client, String bucket, Path dataDir) {
		this.client = client;
		this.bucket = bucket;
		this.dataDir = dataDir;
		this.incoming = dataDir.resolve("evidence").resolve("incoming");
	}

	@Override
	public Path workFolder(String folder) {
		MadeFiles.checkName(folder);
		try {
			return Files.createDirectories(dataDir.resolve(folder));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make the folder " + folder, ex);
		}
	}

	/** Sends the file whole as the object {@code <folder>/<name>}, then deletes this node's copy. */
	@Override
	public void keep(String folder, Path file) {
		String key = madeKey(folder, file.getFileName().toString());
		try {
			client.putObject(request -> request.bucket(bucket).key(key).contentLength(size(file)),
					RequestBody.fromFile(file));
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep a file in " + folder, ex);
		}
	}

	@Override
	public Optional<Resource> find(String folder, String name) {
		String key = madeKey(folder, name);
		return head(key).map(found -> new S3Resource(this, key));
	}

	@Override
	public void delete(String folder, String name) {
		String key = madeKey(folder, name);
		client.deleteObject(request -> request.bucket(bucket).key(key));
	}

	@Override
	public boolean inBucket() {
		return true;
	}

	@Override
	public List<String> keys() {
		return client.listObjectsV2Paginator(request -> request.bucket(bucket))
			.contents()
			.stream()
			.map(object -> object.key())
			.sorted()
			.toList();
	}

	@Override
	public void restore(String key, Path file) {
		BucketObjects.split(key);
		try {
			client.putObject(request -> request.bucket(bucket).key(key).contentLength(size(file)),
					RequestBody.fromFile(file));
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot restore " + key, ex);
		}
	}

	@Override
	public List<String> names(String folder) {
		MadeFiles.checkName(folder);
		String prefix = folder + "/";
		return client.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix))
			.contents()
			.stream()
			.map(object -> object.key().substring(prefix.length()))
			.filter(name -> !name.contains("/"))
			.sorted()
			.toList();
	}

	private static String madeKey(String folder, String name) {
		MadeFiles.checkName(folder);
		MadeFiles.checkName(name);
		return folder + "/" + name;
	}

	/** A client on the JDK's HTTP connection; checksums only where S3 requires them (not every server knows them). */
	static S3Client client(S3Properties properties) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(properties.region()))
			.forcePathStyle(properties.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (!properties.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(properties.endpoint()));
		}
		if (!properties.accessKey().isBlank()) {
			builder.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey())));
		}
		return builder.build();
	}

	@Override
	public void put(String sha256, byte[] bytes) {
		String key = key(sha256);
		if (head(key).isEmpty()) {
			client.putObject(request -> request.bucket(bucket).key(key).contentLength((long) bytes.length),
					RequestBody.fromBytes(bytes));
		}
	}

	@Override
	public InputStream get(String sha256) {
		String key = key(sha256);
		try {
			return client.getObject(request -> request.bucket(bucket).key(key));
		}
		catch (NoSuchKeyException ex) {
			throw new UncheckedIOException("Cannot read an evidence file", new NoSuchFileException(key));
		}
	}

	@Override
	public void putFile(String sha256, Path source) {
		String key = key(sha256);
		try {
			if (head(key).isEmpty()) {
				client.putObject(request -> request.bucket(bucket).key(key).contentLength(size(source)),
						RequestBody.fromFile(source));
			}
			Files.deleteIfExists(source);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep an evidence file", ex);
		}
	}

	@Override
	public Resource resource(String sha256) {
		return new S3Resource(this, key(sha256));
	}

	@Override
	public void probe() {
		client.headBucket(request -> request.bucket(bucket));
	}

	@Override
	public Path incoming() {
		try {
			return Files.createDirectories(incoming);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make the folder of incoming files", ex);
		}
	}

	@Override
	public void destroy() {
		client.close();
	}

	/** The object's facts, or empty when there is no such object. */
	Optional<HeadObjectResponse> head(String key) {
		try {
			return Optional.of(client.headObject(request -> request.bucket(bucket).key(key)));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/** The object's bytes, from its start. */
	@Override
	public InputStream open(String key) throws IOException {
		try {
			return client.getObject(request -> request.bucket(bucket).key(key));
		}
		catch (NoSuchKeyException ex) {
			throw new NoSuchFileException(key);
		}
	}

	private static long size(Path source) {
		try {
			return Files.size(source);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String key(String sha256) {
		FileStore.checkHash(sha256);
		return PREFIX + sha256;
	}
}
