package ps.rasd.platform.error;

import java.io.IOException;
import java.lang.management.ManagementFactory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.scheduling.support.TaskUtils;
import org.springframework.web.filter.OncePerRequestFilter;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * An {@link OutOfMemoryError} ends the process, so that a supervisor starts a fresh one, rather than leaving a zombie
 * whose port is open while its threads (Tomcat's poller among them) are dead or its database closed. The JVM flag
 * {@code -XX:+ExitOnOutOfMemoryError} (set by {@code spring-boot:run} and by the README's {@code java} command) does
 * it first; this is the net under it when the flag is missing: every thread's uncaught errors, every request, the
 * error page and the scheduler's tasks halt the process with exit code 3 when an out-of-memory error reaches them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OutOfMemoryExit extends OncePerRequestFilter {

	/** The exit code of a process ended by an out-of-memory error. */
	public static final int EXIT_CODE = 3;

	private static final Logger log = LoggerFactory.getLogger(OutOfMemoryExit.class);

	private static volatile Halt halt = Runtime.getRuntime()::halt;

	/** Ends the process; replaced in tests. */
	@FunctionalInterface
	interface Halt {

		void halt(int status);
	}

	OutOfMemoryExit() {
		install();
		if (!flagSet()) {
			log.warn("The JVM runs without -XX:+ExitOnOutOfMemoryError: start it with that flag (see the README)");
		}
	}

	/** Makes every thread's uncaught out-of-memory error end the process; other errors go where they went. */
	public static void install() {
		Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
		if (previous instanceof Handler) {
			return;
		}
		Thread.setDefaultUncaughtExceptionHandler(new Handler(previous));
	}

	/** Ends the process when the error or one of its causes is an out-of-memory error; otherwise does nothing. */
	public static void haltIfOutOfMemory(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof OutOfMemoryError) {
				try {
					log.error("Out of memory: the process ends (exit code {}) so that it can be started again",
							EXIT_CODE);
				}
				finally {
					halt.halt(EXIT_CODE);
				}
				return;
			}
		}
	}

	/** Periodic tasks: an out-of-memory error ends the process; other failures are logged as before. */
	@Bean
	static ThreadPoolTaskSchedulerCustomizer outOfMemoryEndsScheduledTasks() {
		return scheduler -> scheduler.setErrorHandler(error -> {
			haltIfOutOfMemory(error);
			TaskUtils.LOG_AND_SUPPRESS_ERROR_HANDLER.handleError(error);
		});
	}

	static void haltWith(Halt replacement) {
		halt = replacement;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException | Error ex) {
			haltIfOutOfMemory(ex);
			throw ex;
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static boolean flagSet() {
		try {
			return Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
				.getVMOption("ExitOnOutOfMemoryError").getValue());
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private record Handler(Thread.UncaughtExceptionHandler previous) implements Thread.UncaughtExceptionHandler {

		@Override
		public void uncaughtException(Thread thread, Throwable error) {
			haltIfOutOfMemory(error);
			if (previous != null) {
				previous.uncaughtException(thread, error);
			}
			else {
				thread.getThreadGroup().uncaughtException(thread, error);
			}
		}
	}
}
