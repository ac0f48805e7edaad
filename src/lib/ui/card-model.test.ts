import { describe, expect, it } from 'vitest';
import { CATALOG, kpiById, type KpiId } from '$lib/core/catalog';
import type { KpiDef } from '$lib/core/catalog/types';
import type { KpiResult } from '$lib/core/engine/types';
import { buildCard, buildCards, targetFor } from './card-model';

const def = (id: string): KpiDef => {
  const d = kpiById(id);
  if (!d) throw new Error(`catalog lacks ${id}`);
  return d;
};

const result = (id: KpiId, over: Partial<KpiResult> = {}): KpiResult => ({
  id,
  available: true,
  missing: [],
  value: 100,
  n: 500,
  previous: null,
  previousN: 0,
  trend: [],
  breakdowns: {},
  ...over
});

describe('buildCard', () => {
  it('judges a minimize KPI against the default target, with direction-aware change', () => {
    const frt = def('first_response_time');
    const t = (frt.defaultTarget as { value: number }).value;
    const c = buildCard(frt, result(frt.id, { value: t * 2, previous: t * 4, median: t }), undefined);
    expect(c.status).toBe('bad');
    expect(c.change).toBeCloseTo(-0.5);
    expect(c.improvement).toBe(true); // lower is better: halving is an improvement
    expect(c.median).toBe(t);
    expect(c.targetSource).toBe('default');
  });

  it('colours a falling maximize KPI as worse', () => {
    const c = buildCard(def('csat'), result('csat', { value: 70, previous: 80 }), { target: { value: 60 } });
    expect(c.status).toBe('good');
    expect(c.improvement).toBe(false);
    expect(c.targetSource).toBe('user');
  });

  it('keeps unavailable and no-data apart, and never invents a 0', () => {
    const un = buildCard(
      def('csat'),
      result('csat', { available: false, value: null, n: 0, missing: ['surveys.score'] }),
      undefined
    );
    expect(un).toMatchObject({ status: 'unavailable', value: null, missing: ['surveys.score'] });
    const empty = buildCard(def('csat'), result('csat', { value: null, n: 0 }), undefined);
    expect(empty).toMatchObject({ status: 'none', value: null, available: true, missing: [] });
    const absent = buildCard(def('csat'), undefined, undefined);
    expect(absent.status).toBe('unavailable');
    expect(absent.missing).toEqual(def('csat').needs);
  });

  it('never judges a none KPI, even with a target saved', () => {
    const mix = buildCard(def('channel_mix'), result('channel_mix', { value: 60, headline: 'email' }), {
      target: { value: 1 }
    });
    expect(mix.status).toBe('none');
    expect(mix.target).toBeUndefined();
    expect(mix.headline).toBe('email');
  });

  it('flags small samples of rates and durations as low confidence', () => {
    expect(buildCard(def('csat'), result('csat', { n: 3 }), undefined).lowConfidence).toBe(true);
    expect(buildCard(def('csat'), result('csat', { n: 300 }), undefined).lowConfidence).toBe(false);
    expect(buildCard(def('csat'), result('csat', { n: 0, value: null }), undefined).lowConfidence).toBe(false);
  });
});

describe('targetFor', () => {
  const frt = def('first_response_time');
  it('uses the channel default when exactly one channel is filtered', () => {
    const email = frt.channelTargets?.email;
    expect(email).toBeDefined();
    expect(targetFor(frt, undefined, { filters: { channel: ['email'] } })).toEqual({
      target: email,
      source: 'channel'
    });
    expect(targetFor(frt, undefined, { filters: { channel: ['email', 'chat'] } }).target).toEqual(frt.defaultTarget);
  });
  it("prefers the user's channel target, then the user's target", () => {
    const s = { target: { value: 1 }, byChannel: { chat: { value: 2 } } };
    expect(targetFor(frt, s, { filters: { channel: ['chat'] } }).target).toEqual({ value: 2 });
    expect(targetFor(frt, s, { filters: { channel: ['email'] } }).target).toEqual({ value: 1 });
  });
});

describe('buildCards', () => {
  it('gives one card per catalog KPI in catalog order', () => {
    const cards = buildCards(CATALOG, [result('csat')], {});
    expect(cards.map((c) => c.id)).toEqual(CATALOG.map((d) => d.id));
    expect(cards.find((c) => c.id === 'csat')?.available).toBe(true);
    expect(cards.filter((c) => c.status === 'unavailable')).toHaveLength(CATALOG.length - 1);
  });
});
