package io.covet.relations.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * What a failing hook (a {@code StatementListener}, an {@code OperationScope}) may do to the work it observes: nothing.
 * Hooks count, time and trace; they are not vetoes (relation event listeners are). So every hook is called, in every
 * case, and its failure never changes the outcome:
 * <ul>
 * <li>after failed work, a hook's failure is attached to the work's as suppressed: the caller sees what the database
 * said, and every other hook is still told and stopped;</li>
 * <li>after successful work, a hook's failure is logged (WARN, {@code io.covet.relations.observation}) and not thrown:
 * the work may be committed already (an INSERT in autocommit, an operation whose transaction has ended), and a
 * failure reported for a committed write leads callers to write it again; an INSERT's generated keys would not even
 * reach the instance.</li>
 * </ul>
 * A JVM error ({@link VirtualMachineError}) is never swallowed. Not API.
 */
final class HookFailures {

	private static final Log logger = LogFactory.getLog("io.covet.relations.observation");

	private HookFailures() {
	}

	/**
	 * Runs {@code hook} after work that failed with {@code workFailure}, or succeeded ({@code null}), applying the policy
	 * above to what the hook throws.
	 * @param hookName the hook, for the log
	 * @param subject what the hook was told about, for the log (its text is built only when logged)
	 */
	static void run(Runnable hook, Throwable workFailure, String hookName, Object subject) {
		try {
			hook.run();
		}
		catch (RuntimeException | Error hookFailure) {
			if (hookFailure instanceof VirtualMachineError) {
				throw hookFailure;
			}
			if (workFailure != null) {
				if (hookFailure != workFailure) {
					workFailure.addSuppressed(hookFailure);
				}
			}
			else {
				logger.warn(hookName + " (" + subject + ") threw after the work it observed had succeeded; the work stands",
						hookFailure);
			}
		}
	}
}
