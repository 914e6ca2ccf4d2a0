package ps.rasd.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the tests: S3Proxy (copied to {@code target/s3proxy.jar} by the build) keeping its
 * buckets in a folder, started as its own process on a free loopback port, with the AWS signature checked.
 */
public final class S3ProxyServer implements AutoCloseable {

	public static final String ACCESS_KEY = "rasd-test-access";

	public static final String SECRET_KEY = "rasd-test-secret-0123456789";

	private final Process process;

	private final int port;

	private final Path folder;

	private S3ProxyServer(Process process, int port, Path folder) {
		this.process = process;
		this.port = port;
		this.folder = folder;
	}

	public static S3ProxyServer start() throws IOException, InterruptedException {
		Path jar = Paths.get("target", "s3proxy.jar");
		if (!Files.exists(jar)) {
			throw new IllegalStateException("target/s3proxy.jar is missing: run the build's process-test-resources");
		}
		Path folder = Files.createTempDirectory("rasd-s3");
		Files.createDirectories(folder.resolve("blobs"));
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path settings = folder.resolve("s3proxy.conf");
		Files.write(settings, List.of("s3proxy.endpoint=http://127.0.0.1:" + port,
				"s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=" + ACCESS_KEY,
				"s3proxy.credential=" + SECRET_KEY, "jclouds.provider=filesystem",
				"jclouds.filesystem.basedir=" + folder.resolve("blobs"), "jclouds.identity=rasd",
				"jclouds.credential=rasd"));
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar",
				jar.toAbsolutePath().toString(), "--properties", settings.toString())
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("s3proxy.log").toFile())
			.start();
		S3ProxyServer server = new S3ProxyServer(process, port, folder);
		server.awaitListening(Duration.ofMinutes(3));
		return server;
	}

	/** The folder under which the server keeps its buckets' objects as files. */
	public Path folder() {
		return folder.resolve("blobs");
	}

	public String endpoint() {
		return "http://127.0.0.1:" + port;
	}

	/** Makes a bucket, signed as any client of this server. */
	public void createBucket(String bucket) {
		try (S3Client admin = S3Client.builder().httpClient(UrlConnectionHttpClient.create())
			.region(Region.US_EAST_1).forcePathStyle(true).endpointOverride(URI.create(endpoint()))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.build()) {
			admin.createBucket(request -> request.bucket(bucket));
		}
	}

	private void awaitListening(Duration patience) throws IOException, InterruptedException {
		Instant until = Instant.now().plus(patience);
		while (Instant.now().isBefore(until)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("S3Proxy stopped: " + Files.readString(folder.resolve("s3proxy.log")));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(200);
			}
		}
		close();
		throw new IllegalStateException("S3Proxy did not listen within " + patience);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		process.waitFor();
	}
}
