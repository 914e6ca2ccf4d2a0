package ps.rasd.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy in front of two nodes, configured as the README's sample (round robin, the readiness check, the
 * client's address passed on), answering with {@code X-Served-By: node1|node2}.
 */
public record HaProxy(Process process, int port) {

	public static HaProxy start(Path folder, int node1, int node2) throws Exception {
		int port = AppProcess.freePort();
		Path config = folder.resolve("haproxy.cfg");
		Files.writeString(config, """
				global
				    maxconn 512
				defaults
				    mode http
				    timeout connect 2s
				    timeout client 60s
				    timeout server 60s
				    retries 2
				    option redispatch
				frontend rasd
				    bind 127.0.0.1:%d
				    option forwardfor
				    default_backend nodes
				backend nodes
				    balance roundrobin
				    option httpchk GET /actuator/health/readiness
				    http-check expect status 200
				    http-response set-header X-Served-By %%s
				    server node1 127.0.0.1:%d check inter 1s fall 1 rise 2
				    server node2 127.0.0.1:%d check inter 1s fall 1 rise 2
				""".formatted(port, node1, node2));
		Process process = new ProcessBuilder(command(), "-f", config.toString(), "-db").redirectErrorStream(true)
			.redirectOutput(folder.resolve("haproxy.log").toFile())
			.start();
		HaProxy proxy = new HaProxy(process, port);
		proxy.awaitListening();
		return proxy;
	}

	private static String command() {
		for (String candidate : new String[] { "/usr/sbin/haproxy", "/usr/local/sbin/haproxy" }) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		return "haproxy";
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private void awaitListening() throws Exception {
		for (int attempt = 0; attempt < 100; attempt++) {
			if (!process.isAlive()) {
				throw new IllegalStateException("haproxy stopped at start (apt-get install -y haproxy)");
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
				Thread.sleep(2500);
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("haproxy did not listen");
	}

	public void stop() throws InterruptedException {
		process.destroy();
		process.waitFor(10, TimeUnit.SECONDS);
	}
}
