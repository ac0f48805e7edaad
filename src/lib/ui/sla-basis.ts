/**
 * Where the SLA compliance verdicts came from, for one line on its card: the file's own SLA flag
 * (made_sla, "Within SLA", an inverted "SLA breached"), the due dates in the file, or the
 * workspace's SLA policy — read from the engine's notes for the KPI, with the count of each.
 */
export type SlaSource = 'flag' | 'due' | 'policy';

const PATTERNS: readonly [SlaSource, RegExp][] = [
  ['flag', /^(\d+) tickets from the file's SLA flag$/],
  ['due', /^(\d+) tickets from their due dates in the file$/],
  ['policy', /^(\d+) tickets from your SLA policy( in business hours)?$/]
];

export function slaSources(notes: readonly string[]): { source: SlaSource; n: number }[] {
  const out: { source: SlaSource; n: number }[] = [];
  for (const note of notes)
    for (const [source, re] of PATTERNS) {
      const m = re.exec(note);
      if (m) out.push({ source, n: Number(m[1]) });
    }
  return out;
}
