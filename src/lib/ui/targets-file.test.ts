import { describe, expect, it } from 'vitest';
import { parseTargetsJson, targetsToJson } from './targets-file';

const ids = ['csat', 'avg_talk_time', 'first_response_time'];

describe('targets file', () => {
  it('round-trips a target map, including removed targets and channel targets', () => {
    const map = {
      csat: { target: { value: 85, warnBand: 5 } },
      avg_talk_time: { target: { lower: 120, upper: 480 } },
      first_response_time: { target: { value: 900 }, byChannel: { email: { value: 43200 } } }
    };
    const back = parseTargetsJson(targetsToJson({ ...map, csat: null }, '2026-01-01T00:00:00Z'), ids);
    expect(back).toEqual({ ok: true, targets: { ...map, csat: null }, ignored: [] });
  });

  it('skips unknown KPI ids and says which', () => {
    const back = parseTargetsJson(targetsToJson({ nope: { target: { value: 1 } } }, 'x'), ids);
    expect(back).toEqual({ ok: true, targets: {}, ignored: ['nope'] });
  });

  it.each([
    ['{', 'not JSON'],
    ['{"format":"other","version":1,"targets":{}}', 'format'],
    ['{"format":"service-scorecard-targets","version":9,"targets":{}}', 'version'],
    ['{"format":"service-scorecard-targets","version":1,"targets":{"csat":{"target":{"value":"80"}}}}', 'csat: value'],
    [
      '{"format":"service-scorecard-targets","version":1,"targets":{"avg_talk_time":{"target":{"lower":9,"upper":1}}}}',
      'lower is above'
    ],
    [
      '{"format":"service-scorecard-targets","version":1,"targets":{"csat":{"target":{"value":1,"warnBand":-1}}}}',
      'warnBand'
    ],
    [
      '{"format":"service-scorecard-targets","version":1,"targets":{"csat":{"target":{"value":1},"byChannel":{"x":{}}}}}',
      'csat (x)'
    ]
  ])('refuses %s', (text, why) => {
    const r = parseTargetsJson(text, ids);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(why);
  });
});
