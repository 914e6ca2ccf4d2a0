package ps.rasd.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenSearch 2.19 server for tests: the one named by {@code RASD_TEST_OPENSEARCH_URL} when set, otherwise a
 * single node started from Maven artifacts in this JVM (with the {@code analysis-common} module, whose filters the
 * Arabic index settings use), HTTP on a free loopback port, once per test JVM; every Spring context gets its own index.
 */
public final class OpenSearchNode {

	private static String url;

	private static int indexes;

	private OpenSearchNode() {
	}

	/** Starts the server for a benchmark ({@code bench/nodes.sh}), prints its URL and serves until killed. */
	public static void main(String[] args) throws InterruptedException {
		System.out.println(url());
		Thread.currentThread().join();
	}

	/** Points a test context at the server, with an index of its own. */
	public static void register(DynamicPropertyRegistry registry) {
		String server = url();
		String index = "rasd-test-" + ProcessHandle.current().pid() + "-" + next();
		registry.add("rasd.search.url", () -> server);
		registry.add("rasd.search.index-name", () -> index);
	}

	private static synchronized int next() {
		return ++indexes;
	}

	/** The server's base URL. */
	public static synchronized String url() {
		String external = System.getenv("RASD_TEST_OPENSEARCH_URL");
		if (external != null && !external.isBlank()) {
			return external;
		}
		if (url == null) {
			url = start();
		}
		return url;
	}

	private static String start() {
		try {
			// Netty's processor count is set once per JVM; other libraries in the tests may have set it already
			System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
			Path home = Files.createTempDirectory("rasd-opensearch");
			int http = freePort();
			Settings settings = Settings.builder()
				.put("cluster.name", "rasd-test")
				.put("node.name", "rasd-test")
				.put("path.home", home.toString())
				.put("path.data", home.resolve("data").toString())
				.put("network.host", "127.0.0.1")
				.put("http.port", http)
				.put("transport.port", freePort())
				.put("discovery.type", "single-node")
				.put("http.type", "netty4")
				.put("transport.type", "netty4")
				.put("cluster.routing.allocation.disk.threshold_enabled", false)
				.put("node.processors", 1)
				.build();
			Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
					() -> "rasd-test");
			Node node = new TestNode(environment);
			node.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					node.close();
				}
				catch (IOException ex) {
					// the JVM is going away
				}
			}));
			return "http://127.0.0.1:" + http;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot start the embedded OpenSearch node", ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A node with the plugins on the class path (a server loads them from its plugins folder). */
	private static final class TestNode extends Node {

		TestNode(Environment environment) {
			super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
		}
	}
}
