/**
 * Soft checks for long user journeys: each `check(ok, message)` records a failure instead of
 * throwing, so one run reports every broken step of a journey (the UI and the worker are built
 * in parallel; a first failure must not hide the next ten). `done()` throws one error that lists
 * them all, so the test still fails.
 */
export function createChecks(ctx) {
  const failures = [];
  return {
    check(ok, message) {
      if (!ok) {
        failures.push(message);
        ctx.log(`FAIL ${message}`);
      }
      return !!ok;
    },
    /** Runs an async step; an exception becomes a recorded failure (later steps still run). */
    async step(name, fn) {
      try {
        return await fn();
      } catch (error) {
        failures.push(
          `${name}: ${String(error?.message ?? error)
            .split('\n')
            .slice(0, 4)
            .join(' | ')}`
        );
        ctx.log(`FAIL ${name}: ${String(error?.message ?? error).split('\n')[0]}`);
        return undefined;
      }
    },
    get failures() {
      return [...failures];
    },
    done() {
      if (failures.length) throw new Error(`${failures.length} check(s) failed:\n  - ${failures.join('\n  - ')}`);
    }
  };
}
