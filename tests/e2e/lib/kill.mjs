/**
 * Killing the browser as a crash or a power cut would: SIGKILL to every Chromium process of one
 * profile folder (found by its `--user-data-dir` in /proc; only the processes this test started
 * have that folder), so nothing gets to flush, close or clean up. Then the same profile is
 * opened again, as the next start of the app would.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Process ids whose command line names `profileDir` as their user-data-dir. */
export function profilePids(profileDir) {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmd;
    try {
      cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (cmd.split('\0').some((arg) => arg === `--user-data-dir=${profileDir}`)) pids.push(Number(entry));
  }
  return pids;
}

/** SIGKILLs the profile's browser processes and waits until they are gone. */
export async function killBrowser(profileDir) {
  const pids = profilePids(profileDir);
  if (pids.length === 0) throw new Error(`no browser process runs on ${profileDir}`);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone (a child that died with its parent).
    }
  }
  const deadline = Date.now() + 10_000;
  while (profilePids(profileDir).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}
