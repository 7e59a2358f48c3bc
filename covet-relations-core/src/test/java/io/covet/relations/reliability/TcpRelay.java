package io.covet.relations.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP relay between a connection pool and a database server, in the test's JVM, that can cut a connection at the
 * moment the client sends a given text (the {@code COMMIT} of a transaction): it closes both sockets of that
 * connection, having forwarded the bytes that carry the text or not. Every accepted connection gets its own pair of
 * sockets and two pump threads, one per direction.
 *
 * <p>Both drivers send the word: PostgreSQL's JDBC driver sends {@code COMMIT} as query text (until it has used the
 * same statement often enough to switch to a named server-side one: {@code prepareThreshold}, 5 by default, so the
 * tests cut the first commits of fresh connections), MariaDB's as a {@code COM_QUERY}.
 */
final class TcpRelay implements AutoCloseable {

	private final ServerSocket listener;

	private final InetSocketAddress server;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final AtomicReference<Cut> armed = new AtomicReference<>();

	private volatile boolean cut;

	private TcpRelay(InetSocketAddress server) throws IOException {
		this.server = server;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		daemon("relay-accept", this::accept);
	}

	/** Starts relaying to {@code host:port}; connect to {@link #port()} on the loopback address. */
	static TcpRelay to(String host, int port) throws IOException {
		return new TcpRelay(new InetSocketAddress(host, port));
	}

	int port() {
		return this.listener.getLocalPort();
	}

	/**
	 * Cuts the first connection that sends {@code text} from now on; {@code forward}: after passing the bytes that
	 * carry it on to the server (the server may act on them), or before (the server never sees them).
	 */
	void cutWhenClientSends(String text, boolean forward) {
		this.cut = false;
		this.armed.set(new Cut(text.getBytes(StandardCharsets.US_ASCII), forward));
	}

	/** Whether the armed cut happened. */
	boolean hasCut() {
		return this.cut;
	}

	@Override
	public void close() throws IOException {
		this.listener.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
	}

	private void accept() {
		try {
			while (!this.listener.isClosed()) {
				Socket client = this.listener.accept();
				Socket upstream = new Socket();
				upstream.connect(this.server);
				this.sockets.add(client);
				this.sockets.add(upstream);
				daemon("relay-to-server", () -> pump(client, upstream, true));
				daemon("relay-to-client", () -> pump(upstream, client, false));
			}
		}
		catch (IOException closed) {
			// the relay was closed
		}
	}

	/** Copies bytes one way until either side closes; the client-to-server direction watches for the armed text. */
	private void pump(Socket from, Socket to, boolean watch) {
		byte[] buffer = new byte[16384];
		byte[] tail = new byte[0];
		try (from; to) {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			int read;
			while ((read = in.read(buffer)) >= 0) {
				Cut pending = watch ? this.armed.get() : null;
				if (pending != null) {
					byte[] window = concat(tail, buffer, read);
					if (indexOf(window, pending.text()) >= 0 && this.armed.compareAndSet(pending, null)) {
						if (pending.forward()) {
							// The client's side closes first: the server may answer within microseconds, and the
							// other pump must not get that answer through before the cut.
							from.close();
							out.write(buffer, 0, read);
							out.flush();
						}
						this.cut = true;
						return; // closes both sockets
					}
					tail = Arrays.copyOfRange(window, Math.max(0, window.length - pending.text().length + 1), window.length);
				}
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (SocketException closed) {
			// the other pump or the relay closed the sockets
		}
		catch (IOException ex) {
			// a broken connection ends its pumps, as a real network failure would
		}
	}

	private static byte[] concat(byte[] tail, byte[] buffer, int length) {
		byte[] window = Arrays.copyOf(tail, tail.length + length);
		System.arraycopy(buffer, 0, window, tail.length, length);
		return window;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static void daemon(String name, Runnable body) {
		Thread thread = new Thread(body, name);
		thread.setDaemon(true);
		thread.start();
	}

	private record Cut(byte[] text, boolean forward) {
	}
}
