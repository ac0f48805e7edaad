/**
 * Time-zone conversion between UTC instants and wall-clock time in an IANA zone.
 *
 * Why it exists: the importer turns millions of offset-less wall times ("2021-03-14 02:30") into
 * instants, and the engine turns instants back into local days and hours. `Intl.DateTimeFormat`
 * is the only zone database a browser gives us, and it costs microseconds per call, so this
 * module asks Intl once per UTC hour a dataset touches and answers everything else with integer
 * arithmetic from caches. It runs unchanged in Node and in browsers (no DOM, no globals).
 *
 * Promises:
 * - `zoneOffsetMinutes(utc, tz)`: local = utc + offset (minutes; historical LMT offsets with
 *   seconds come back fractional rather than rounded, so conversions round-trip exactly).
 * - `zonedToUtc(...)`: a wall time skipped by a forward jump (02:30 on a US spring-forward day)
 *   is read with the offset in force BEFORE the jump (so it lands at 03:30 after it, as JS
 *   `Date` and Temporal's "compatible" mode do); a wall time that occurs twice (01:30 on a
 *   fall-back day) gives the EARLIER instant.
 * - Fixed-offset zones ('UTC', 'GMT', 'Z', '+03:30', '-0500', 'UTC+3') never touch Intl.
 * - A NaN/Infinity instant gives NaN fields and '' as a date key; an unknown zone name throws a
 *   RangeError naming it (use `isValidTimeZone` to check settings first).
 */

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Caches hold at most this many hours per zone (~23 years); beyond that they start over. */
const CACHE_LIMIT = 200_000;

export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Wall-clock fields read as if they were UTC, in ms (no range checks: callers validate). */
export function wallMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number
): number {
  return daysFromCivil(year, month, day) * DAY + hour * HOUR + minute * MINUTE + second * 1000 + ms;
}

/** Fields of a wall-clock ms value (the inverse of `wallMs`; H. Hinnant's civil_from_days). */
export function partsOfWallMs(local: number): ZonedParts {
  const days = Math.floor(local / DAY);
  let rem = local - days * DAY;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(rem / HOUR);
  rem -= hour * HOUR;
  const minute = Math.floor(rem / MINUTE);
  rem -= minute * MINUTE;
  const second = Math.floor(rem / 1000);
  const ms = rem - second * 1000;
  // 1970-01-01 was a Thursday (4).
  const weekday = (((days + 4) % 7) + 7) % 7;
  return { year, month, day, hour, minute, second, ms, weekday };
}

/** The cached rules of one zone; get one with `zoneRules(tz)` to skip the per-call name lookup. */
export interface ZoneRules {
  readonly timeZone: string;
  /** Local minus UTC in minutes at that instant. */
  offsetMinutes(utcMs: number): number;
  /** Wall-clock ms (as from `wallMs`) → UTC instant, with the gap/overlap rules above. */
  wallToUtc(wall: number): number;
}

// Zero-offset names: 'UTC', 'GMT', 'Z', 'Etc/UTC', 'Etc/GMT', 'Zulu'…
const ZERO_RE = /^(?:etc\/)?(?:utc|gmt|uct|ut|zulu|z|universal|greenwich)$/i;
// ISO-style offsets: '+03:30', '-0500', '+3', 'UTC+03:30', 'GMT-5'. Not 'Etc/GMT+3': in IANA's
// POSIX-style names the sign is inverted (Etc/GMT+3 is UTC−3), so those go to Intl.
const OFFSET_RE = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

function fixedOffsetOf(timeZone: string): number | null {
  const tz = timeZone.trim();
  if (ZERO_RE.test(tz)) return 0;
  const m = OFFSET_RE.exec(tz);
  if (!m) return null;
  const h = Number(m[2]);
  const mi = m[3] ? Number(m[3]) : 0;
  if (h > 18 || mi > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (h * 60 + mi);
}

class FixedZone implements ZoneRules {
  constructor(
    readonly timeZone: string,
    private readonly offset: number
  ) {}
  offsetMinutes(utcMs: number): number {
    return Number.isFinite(utcMs) ? this.offset : NaN;
  }
  wallToUtc(wall: number): number {
    return wall - this.offset * MINUTE;
  }
}

class IanaZone implements ZoneRules {
  private readonly fmt: Intl.DateTimeFormat;
  /** UTC hour index → offset at the start of that hour. */
  private readonly hourStart = new Map<number, number>();
  /** UTC hour index → instant of the transition inside that hour. */
  private readonly transitions = new Map<number, number>();
  /** Wall hour index → offset for every wall time in that hour, or NaN when it holds a transition. */
  private readonly wallHours = new Map<number, number>();
  private lastHour = NaN;
  private lastOffset = NaN;

  constructor(readonly timeZone: string) {
    // Throws RangeError for an unknown zone, which is what we want callers to see.
    this.fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    });
  }

  /** One Intl call: the offset at an instant, exact to the second. */
  private intlOffset(utcMs: number): number {
    let y = 0;
    let mo = 0;
    let d = 0;
    let h = 0;
    let mi = 0;
    let s = 0;
    for (const p of this.fmt.formatToParts(utcMs)) {
      switch (p.type) {
        case 'year':
          y = Number(p.value);
          break;
        case 'month':
          mo = Number(p.value);
          break;
        case 'day':
          d = Number(p.value);
          break;
        case 'hour':
          h = Number(p.value) % 24; // some ICU versions still print 24 for midnight
          break;
        case 'minute':
          mi = Number(p.value);
          break;
        case 'second':
          s = Number(p.value);
          break;
      }
    }
    const wholeSecond = Math.floor(utcMs / 1000) * 1000;
    return (wallMs(y, mo, d, h, mi, s, 0) - wholeSecond) / MINUTE;
  }

  private startOffset(hour: number): number {
    let off = this.hourStart.get(hour);
    if (off === undefined) {
      if (this.hourStart.size >= CACHE_LIMIT) this.hourStart.clear();
      off = this.intlOffset(hour * HOUR);
      this.hourStart.set(hour, off);
    }
    return off;
  }

  offsetMinutes(utcMs: number): number {
    if (!Number.isFinite(utcMs)) return NaN;
    const hour = Math.floor(utcMs / HOUR);
    if (hour === this.lastHour) return this.lastOffset;
    const a = this.startOffset(hour);
    const b = this.startOffset(hour + 1);
    if (a === b) {
      // No zone changes its offset twice within one hour, so the whole hour has offset a.
      this.lastHour = hour;
      this.lastOffset = a;
      return a;
    }
    return utcMs < this.transitionIn(hour, b) ? a : b;
  }

  /** The first whole minute of `hour` whose offset is `after` (binary search, cached). */
  private transitionIn(hour: number, after: number): number {
    let t = this.transitions.get(hour);
    if (t === undefined) {
      let lo = 0; // minute known to be before the transition
      let hi = 60; // minute known to be at or after it
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (this.intlOffset(hour * HOUR + mid * MINUTE) === after) hi = mid;
        else lo = mid;
      }
      t = hour * HOUR + hi * MINUTE;
      this.transitions.set(hour, t);
    }
    return t;
  }

  wallToUtc(wall: number): number {
    if (!Number.isFinite(wall)) return NaN;
    const wh = Math.floor(wall / HOUR);
    let off = this.wallHours.get(wh);
    if (off === undefined) {
      // Transitions never fall inside a wall hour and out again, so if both ends of the hour
      // resolve to the same offset, every wall time inside it does too.
      const first = this.slowOffsetForWall(wh * HOUR);
      const last = this.slowOffsetForWall(wh * HOUR + HOUR - 1);
      off = first === last ? first : NaN;
      if (this.wallHours.size >= CACHE_LIMIT) this.wallHours.clear();
      this.wallHours.set(wh, off);
    }
    if (Number.isNaN(off)) off = this.slowOffsetForWall(wall);
    return wall - off * MINUTE;
  }

  /** The offset to subtract from a wall time, applying the gap and overlap rules. */
  private slowOffsetForWall(wall: number): number {
    // A day either side is far enough to be outside any transition touching this wall time
    // (offsets stay within ±14 h) and near enough that at most one transition lies between.
    const before = this.offsetMinutes(wall - DAY);
    const after = this.offsetMinutes(wall + DAY);
    if (before === after) return before;
    const okBefore = this.offsetMinutes(wall - before * MINUTE) === before;
    const okAfter = this.offsetMinutes(wall - after * MINUTE) === after;
    if (okBefore && okAfter) return Math.max(before, after); // overlap: larger offset = earlier instant
    if (okAfter) return after;
    return before; // valid only before, or skipped by the jump: the offset before it
  }
}

const zones = new Map<string, ZoneRules>();

/** The rules of a zone (cached for the life of the page / worker). Throws RangeError if unknown. */
export function zoneRules(timeZone: string): ZoneRules {
  let z = zones.get(timeZone);
  if (z === undefined) {
    const fixed = fixedOffsetOf(timeZone);
    try {
      z = fixed !== null ? new FixedZone(timeZone, fixed) : new IanaZone(timeZone);
    } catch {
      throw new RangeError(`Unknown time zone: "${timeZone}"`);
    }
    zones.set(timeZone, z);
  }
  return z;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    zoneRules(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Local minus UTC in minutes at `utcMs` (local = utc + offset). NaN for a non-finite instant. */
export function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  return zoneRules(timeZone).offsetMinutes(utcMs);
}

export function utcToZoned(utcMs: number, timeZone: string): ZonedParts {
  const off = zoneRules(timeZone).offsetMinutes(utcMs);
  if (!Number.isFinite(utcMs) || Number.isNaN(off)) {
    return { year: NaN, month: NaN, day: NaN, hour: NaN, minute: NaN, second: NaN, ms: NaN, weekday: NaN };
  }
  return partsOfWallMs(utcMs + off * MINUTE);
}

/** Wall time in `timeZone` → UTC instant (month 1–12; out-of-range fields carry over like Date.UTC). */
export function zonedToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  timeZone: string
): number {
  return zoneRules(timeZone).wallToUtc(normalisedWallMs(year, month, day, hour, minute, second, ms));
}

/** Like `wallMs`, but a month outside 1–12 rolls into the year first (as Date.UTC does). */
function normalisedWallMs(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  if (mo < 1 || mo > 12) {
    const m0 = mo - 1;
    y += Math.floor(m0 / 12);
    mo = m0 - Math.floor(m0 / 12) * 12 + 1;
  }
  return wallMs(y, mo, d, h, mi, s, ms);
}

const dayKeys = new Map<number, string>();

/** Local calendar date of an instant as 'YYYY-MM-DD' ('' for a non-finite instant). */
export function localDateKey(utcMs: number, timeZone: string): string {
  const off = zoneRules(timeZone).offsetMinutes(utcMs);
  if (!Number.isFinite(utcMs) || Number.isNaN(off)) return '';
  const dayIndex = Math.floor((utcMs + off * MINUTE) / DAY);
  let key = dayKeys.get(dayIndex);
  if (key === undefined) {
    const p = partsOfWallMs(dayIndex * DAY);
    key = `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
    if (dayKeys.size >= CACHE_LIMIT) dayKeys.clear();
    dayKeys.set(dayIndex, key);
  }
  return key;
}
