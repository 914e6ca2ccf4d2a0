package ps.rasd.platform.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class OutOfMemoryExitTests {

	private final AtomicInteger halted = new AtomicInteger(-1);

	@AfterEach
	void restore() {
		OutOfMemoryExit.haltWith(Runtime.getRuntime()::halt);
	}

	@Test
	void aRequestThatRunsOutOfMemoryEndsTheProcessAndOtherFailuresDoNot() throws Exception {
		OutOfMemoryExit.haltWith(halted::set);
		OutOfMemoryExit filter = new OutOfMemoryExit();
		assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				(request, response) -> {
					throw new ServletException("Handler dispatch failed", new OutOfMemoryError("Java heap space"));
				})).isInstanceOf(ServletException.class);
		assertThat(halted).hasValue(OutOfMemoryExit.EXIT_CODE);

		halted.set(-1);
		assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				(request, response) -> {
					throw new IllegalStateException("ordinary failure");
				})).isInstanceOf(IllegalStateException.class);
		assertThat(halted).hasValue(-1);
	}

	@Test
	void aThreadThatRunsOutOfMemoryEndsTheWholeProcessInsteadOfLeavingAZombie() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(java, "-Xmx48m", "-XX:-ExitOnOutOfMemoryError", "-cp",
				System.getProperty("java.class.path") + File.pathSeparator + System.getProperty("surefire.test.class.path", ""),
				Zombie.class.getName()).redirectErrorStream(true).start();
		boolean ended = child.waitFor(120, TimeUnit.SECONDS);
		if (!ended) {
			child.destroyForcibly();
		}
		assertThat(ended).as("the child process ended").isTrue();
		assertThat(child.exitValue()).isEqualTo(OutOfMemoryExit.EXIT_CODE);
	}

	/** A process whose worker thread runs out of memory while its main thread would wait for ever. */
	static final class Zombie {

		public static void main(String[] args) throws InterruptedException {
			OutOfMemoryExit.install();
			Thread worker = new Thread(() -> {
				List<long[]> hoard = new ArrayList<>();
				while (true) {
					hoard.add(new long[1_000_000]);
				}
			}, "worker");
			worker.start();
			Thread.sleep(Long.MAX_VALUE);
		}
	}
}
