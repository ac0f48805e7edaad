/** The demo workspace: load a generated scenario (replacing the demo's data), reset it. */
import { storeDemo } from '../../storage/demo';
import { DEMO_WORKSPACE } from '../../storage/workspaces';
import type { Session } from '../session';
import type { Handler, HandlerGroup } from './types';

export function demoHandlers(s: Session): HandlerGroup<'loadDemo' | 'resetDemo'> {
  const db = s.db;
  const loadDemo: Handler<'loadDemo'> = async ({ scenario, seed }) => {
    if (s.importing) throw new Error('Wait for the running import to finish.');
    const generate = await s.demoGenerator();
    const data = generate(scenario, { seed, timeZone: await s.timeZone() });
    await s.write('demo', () => storeDemo(db, data, scenario), { workspace: DEMO_WORKSPACE });
    await s.open(DEMO_WORKSPACE);
    return (await s.announce(['data']))!;
  };
  return {
    loadDemo,
    resetDemo: async () => {
      const ws = await db.workspaces.get(DEMO_WORKSPACE);
      return loadDemo({ scenario: ws?.demoScenario ?? 'baseline' });
    }
  };
}
