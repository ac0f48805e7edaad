/**
 * The bundled command's entry (bin/service-scorecard.js imports it): runs `main` on the process's
 * streams and turns an unexpected failure into exit code 1 with the message, never a silent 0.
 */
import { main } from './main';

export async function run(argv: readonly string[]): Promise<number> {
  const out = (s: string) => void process.stdout.write(s);
  const err = (s: string) => void process.stderr.write(s);
  try {
    return await main(argv, { out, err });
  } catch (e) {
    err(`service-scorecard: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
