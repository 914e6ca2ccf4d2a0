package ps.rasd.audit.internal;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ps.rasd.audit.AuditManagement;
import ps.rasd.audit.ChainCheck;

/**
 * {@code java -jar rasd.jar audit-verify}: checks the whole sealed audit chain without starting the web server and
 * reports the unsealed tail (entries written but not sealed yet: the running application seals them within seconds);
 * exits 0 when the chain is intact, 3 naming the first broken entry otherwise. It seals nothing itself.
 */
@Component
@Profile("command")
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

	/** Must match {@code RasdApplication.AUDIT_VERIFY}. */
	static final String COMMAND = "audit-verify";

	private final AuditManagement audit;

	private int exitCode;

	AuditVerifyCommand(AuditManagement audit) {
		this.audit = audit;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!List.of(args.getSourceArgs()).contains(COMMAND)) {
			return;
		}
		ChainCheck check = audit.verify();
		if (check.intact()) {
			System.out.printf("Audit log intact: %d sealed entries checked, %d not sealed yet.%n", check.entries(),
					check.unsealed());
		}
		else {
			System.out.printf("Audit log BROKEN at entry %d (%d entries before it are intact, %d not sealed yet).%n",
					check.firstBroken(), check.entries(), check.unsealed());
			exitCode = 3;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
