import { describe, expect, it } from 'vitest';
import { defaultSettings } from '$lib/core/time/settings';
import { formOf, isTimeZone, settingsOf } from './settings-form';

describe('settings form', () => {
  const base = defaultSettings('Asia/Tehran');

  it('round-trips the defaults', () => {
    expect(settingsOf(formOf(base), base)).toEqual({ ...base, businessHours: { ...base.businessHours, holidays: [] } });
  });

  it('edits hours, holidays, SLA and thresholds', () => {
    const f = formOf(base);
    f.days[6] = { open: true, from: '08:30', to: '13:00' };
    f.days[1].open = false;
    f.holidays = '2025-03-21\n2025-03-20, 2025-03-21';
    f.sla = [{ priority: 'High', channel: '*', first: '2', resolve: '24' }];
    f.serviceLevelSeconds = '30';
    f.responseBuckets = '24, 1, 6';
    const s = settingsOf(f, base);
    if ('error' in s) throw new Error(s.error);
    expect(s.businessHours.week[6]).toEqual([[510, 780]]);
    expect(s.businessHours.week[1]).toEqual([]);
    expect(s.businessHours.holidays).toEqual(['2025-03-20', '2025-03-21']);
    expect(s.slaPolicy).toEqual([
      { priority: 'high', channel: '*', firstResponseSeconds: 7200, resolutionSeconds: 86400 }
    ]);
    expect(s.serviceLevelSeconds).toBe(30);
    expect(s.responseBuckets).toEqual([3600, 21600, 86400]);
  });

  it.each([
    [(f: ReturnType<typeof formOf>) => (f.timeZone = 'Mars/Base'), 'time zone'],
    [(f: ReturnType<typeof formOf>) => (f.days[2] = { open: true, from: '18:00', to: '09:00' }), 'business hours'],
    [(f: ReturnType<typeof formOf>) => (f.holidays = '2025-02-30'), 'holiday'],
    [(f: ReturnType<typeof formOf>) => (f.sla = [{ priority: '', channel: '*', first: '1', resolve: '2' }]), 'SLA'],
    [(f: ReturnType<typeof formOf>) => (f.csatTopBox = '0'), 'thresholds'],
    [(f: ReturnType<typeof formOf>) => (f.responseBuckets = '1, x'), 'buckets']
  ])('refuses invalid input (%#)', (edit, why) => {
    const f = formOf(base);
    edit(f);
    const s = settingsOf(f, base);
    expect('error' in s && s.error).toContain(why);
  });

  it('knows real time zones', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Nowhere/City')).toBe(false);
  });
});
