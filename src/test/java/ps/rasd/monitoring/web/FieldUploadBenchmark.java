package ps.rasd.monitoring.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ps.rasd.identity.IdentityManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;

/**
 * Figures of the field app's resumable uploads (run by {@code bench/field-uploads.sh}, not by the test suite): a
 * {@code BENCH_UPLOAD_MB} file (default 10) sent in 256 KB pieces through the whole stack but the network (security,
 * tus controller, the piece written and forced to disk), its rate and the time per piece; then the same file cut at
 * 60 % and resumed, the bytes sent in all against starting over.
 */
@IntegrationTest
class FieldUploadBenchmark {

	static final int MB = Integer.parseInt(System.getenv().getOrDefault("BENCH_UPLOAD_MB", "10"));

	static final int PIECE = 256 * 1024;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Test
	void figures() {
		RequestPostProcessor monitor = user(users.loadUserByUsername(AccountFixtures.hebronMonitor(identity).username()));
		byte[] file = new byte[MB * 1024 * 1024];
		new Random(21).nextBytes(file);
		send(monitor, file, 0); // warm-up
		long start = System.nanoTime();
		int pieces = send(monitor, file, 0);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("BENCH field-upload size=%dMB pieces=%d seconds=%.2f rate=%.1fMB/s per-piece=%.1fms%n", MB,
				pieces, seconds, MB / seconds, seconds * 1000 / pieces);

		String location = begin(monitor, file.length);
		int cutAt = (int) (file.length * 0.6) / PIECE * PIECE;
		long sent = 0;
		for (int offset = 0; offset < cutAt; offset += PIECE) {
			patch(monitor, location, offset, Arrays.copyOfRange(file, offset, offset + PIECE));
			sent += PIECE;
		}
		long resumeFrom = Long.parseLong(mvc.head().uri(location).with(monitor).header("Tus-Resumable", "1.0.0")
			.exchange().getResponse().getHeader("Upload-Offset"));
		for (int offset = (int) resumeFrom; offset < file.length; offset += PIECE) {
			int end = Math.min(file.length, offset + PIECE);
			patch(monitor, location, offset, Arrays.copyOfRange(file, offset, end));
			sent += end - offset;
		}
		long restart = cutAt + (long) file.length;
		System.out.printf("BENCH field-upload-cut-at-60%% resumed-from=%d bytes-sent=%d (%.2fx the file) "
				+ "starting-over=%d (%.2fx)%n", resumeFrom, sent, (double) sent / file.length, restart,
				(double) restart / file.length);
	}

	private int send(RequestPostProcessor monitor, byte[] file, int from) {
		String location = begin(monitor, file.length);
		int pieces = 0;
		for (int offset = from; offset < file.length; offset += PIECE) {
			patch(monitor, location, offset, Arrays.copyOfRange(file, offset, Math.min(file.length, offset + PIECE)));
			pieces++;
		}
		mvc.delete().uri(location).with(monitor).with(csrf()).header("Tus-Resumable", "1.0.0").exchange();
		return pieces;
	}

	private String begin(RequestPostProcessor monitor, long length) {
		return mvc.post().uri("/field/uploads").with(monitor).with(csrf()).header("Tus-Resumable", "1.0.0")
			.header("Upload-Length", String.valueOf(length)).exchange().getResponse().getHeader("Location");
	}

	private void patch(RequestPostProcessor monitor, String location, long offset, byte[] bytes) {
		int status = mvc.patch().uri(location).with(monitor).with(csrf()).header("Tus-Resumable", "1.0.0")
			.header("Upload-Offset", String.valueOf(offset)).contentType("application/offset+octet-stream")
			.content(bytes).exchange().getResponse().getStatus();
		if (status != 204) {
			throw new IllegalStateException("piece at " + offset + " answered " + status);
		}
	}
}
