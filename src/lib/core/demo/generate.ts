/**
 * The demo dataset: a year of a fictional support centre, every record kind, built straight into
 * column tables (no CSV round trip), so every KPI of the catalog has what it needs.
 *
 * Promises: the same scenario, seed, end, zone and length give identical tables on every run
 * and device; nothing happens after `end` (the data is a snapshot taken then); every required
 * field is filled. Each kind draws from its own random stream, so changing how calls are made
 * does not reshuffle the tickets.
 */
import type { Dataset } from '../engine/types';
import { startOfLocalDay } from '../time/calendar';
import { makeLocalClock } from '../time/local-clock';
import { generateCalls } from './calls';
import { generateCosts } from './costs';
import { CustomerPool } from './customers';
import { planDays } from './days';
import { Rng } from './random';
import { SCENARIOS, type ScenarioId, isScenarioId, scenarioShape } from './scenarios';
import { MessageSink, SurveySink } from './sinks';
import { generateTickets } from './tickets';

export interface DemoOptions {
  /** Default 42. */
  readonly seed?: number;
  /** Exclusive end of the data, epoch ms. Default: the start of today in `timeZone`. */
  readonly end?: number;
  /** IANA zone whose days, weekdays and opening hours shape the data. Default 'UTC'. */
  readonly timeZone?: string;
  /** Length of the period in days. Default 365. */
  readonly days?: number;
}

export const DEFAULT_DEMO_SEED = 42;

/** Customers in the pool: with ~40 k contacts a year, about five each (a few very frequent). */
const CUSTOMERS = 8000;

export function generateDemo(scenario: ScenarioId, options: DemoOptions = {}): Dataset {
  // Callers across the worker boundary pass plain strings: refuse what would silently misbehave.
  if (!isScenarioId(scenario))
    throw new Error(`unknown demo scenario "${scenario}" (known: ${SCENARIOS.map((s) => s.id).join(', ')})`);
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const timeZone = options.timeZone ?? 'UTC';
  const days = Math.max(1, Math.round(options.days ?? 365));
  const end = options.end ?? startOfToday(timeZone);
  if (!Number.isFinite(end) || !Number.isFinite(days))
    throw new Error('generateDemo: end and days must be finite numbers');
  const plans = planDays(end, days, timeZone, scenarioShape(scenario));
  const stream = (k: number) => new Rng((seed ^ Math.imul(k, 0x9e3779b1)) >>> 0);

  const customers = new CustomerPool(
    stream(1),
    Math.max(50, Math.round((CUSTOMERS * days) / 365)),
    plans[0].start,
    end
  );
  const surveys = new SurveySink();
  const messages = new MessageSink();
  const tickets = generateTickets({ rng: stream(2), plans, customers, end, surveys, messages });
  const calls = generateCalls({ rng: stream(3), plans, customers, end, surveys });
  return {
    tickets,
    calls: calls.table,
    surveys: surveys.finish(),
    messages: messages.finish(),
    customers: customers.finish(stream(4)),
    costs: generateCosts(stream(5), plans, calls.costByDay)
  };
}

function startOfToday(timeZone: string): number {
  return startOfLocalDay(makeLocalClock(timeZone).dayIndexOf(Date.now()), timeZone);
}
