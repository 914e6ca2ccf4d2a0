package ps.rasd.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A connection that can be cut: the browser talks to the application through this relay on another local port, and
 * {@link #cut()} drops every open connection and refuses new ones until {@link #restore()} — a real loss of network
 * for the page and its service worker alike (Chromium's network emulation reaches the page but not the worker).
 */
final class TcpRelay implements AutoCloseable {

	private final ServerSocket server;

	private final int target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean cut;

	TcpRelay(int target) throws IOException {
		this.target = target;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "tcp-relay");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return server.getLocalPort();
	}

	void cut() {
		cut = true;
		open.forEach(TcpRelay::closeQuietly);
		open.clear();
	}

	void restore() {
		cut = false;
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				if (cut) {
					closeQuietly(client);
					continue;
				}
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
				open.add(client);
				open.add(upstream);
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException ex) {
				// closed, or one connection failed: the browser sees a network error, as it would
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// the other side went away
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				open.remove(from);
				open.remove(to);
			}
		}, "tcp-relay-pipe");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		cut();
		server.close();
	}
}
