import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { textAt, type ColumnTable, type TextColumn } from '../../core/columns/table';
import { listImports } from '../../storage/imports';
import { dataset, file, run, utf16le, windows1256 } from './test-files';
import { QUOTA_MESSAGE } from './pipeline';

const texts = (t: ColumnTable | undefined, name: string): string[] => {
  const c = t?.columns[name] as TextColumn | undefined;
  return c ? Array.from({ length: t!.length }, (_, i) => textAt(c, i)) : [];
};
const nums = (t: ColumnTable | undefined, name: string): number[] => {
  const c = t?.columns[name];
  return c && c.type !== 'text' ? Array.from(c.values) : [];
};

const CANONICAL = [
  'ticket_id,created_at,first_response_at,resolved_at,status,channel,agent,priority,csat',
  'T1,2026-01-05T09:00:00Z,2026-01-05T09:30:00Z,2026-01-05T12:00:00Z,Solved,E-mail,Ana,Medium,5',
  'T2,2026-01-05T10:00:00Z,,,open,chat,Bo,high,',
  'T3,2026-01-06T11:00:00Z,2026-01-06T11:05:00Z,2026-01-07T09:00:00Z,closed,Phone,Ana,low,3'
].join('\n');

describe('import pipeline: canonical files', () => {
  it('imports a canonical ticket CSV with no question, values parsed per type', async () => {
    const { db, result } = await run(file(CANONICAL, 'tickets.csv'));
    expect(result.status).toBe('imported');
    if (result.status !== 'imported') return;
    expect(result.import).toMatchObject({
      kind: 'tickets',
      rowsRead: 3,
      rowsStored: 3,
      rowsUpdated: 0,
      rowsSkipped: 0,
      status: 'complete'
    });
    expect(result.import.errorCount).toBe(0);
    const t = (await dataset(db)).tickets;
    expect(texts(t, 'ticket_id')).toEqual(['T1', 'T2', 'T3']);
    expect(texts(t, 'channel')).toEqual(['email', 'chat', 'phone']);
    expect(texts(t, 'status')).toEqual(['resolved', 'open', 'closed']);
    expect(nums(t, 'created_at')[0]).toBe(Date.UTC(2026, 0, 5, 9));
    expect(nums(t, 'first_response_at')[1]).toBeNaN();
    expect(nums(t, 'csat')).toEqual([5, NaN, 3]);
    // Fields the file does not have are absent, not columns of missing values.
    expect(t?.columns.team).toBeUndefined();
    const rec = (await listImports(db, 'w'))[0];
    expect(rec.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('re-importing the same file keeps the counts and reports every row as updated', async () => {
    const { db } = await run(file(CANONICAL));
    const { result } = await run(file(CANONICAL), { db });
    expect(result.status === 'imported' && [result.import.rowsStored, result.import.rowsUpdated]).toEqual([3, 3]);
    expect((await dataset(db)).tickets?.length).toBe(3);
    const [a, b] = await listImports(db, 'w');
    expect(a.hash).toBe(b.hash);
  });

  it('derives first_response_at from a duration column (created_at + minutes)', async () => {
    const csv = 'ticket_id,created_at,first_response_minutes\nA,2026-02-01T08:00:00Z,90\nB,2026-02-01T09:00:00Z,\n';
    const { db, result } = await run(file(csv));
    expect(result.status).toBe('imported');
    const t = (await dataset(db)).tickets;
    expect(nums(t, 'first_response_at')).toEqual([Date.UTC(2026, 1, 1, 9, 30), NaN]);
  });
});

describe('import pipeline: storage layout', () => {
  it('chunks of one import share one dictionary per text column, stored once; delete removes them', async () => {
    const csv =
      'ticket_id,created_at,agent\n' +
      Array.from({ length: 25 }, (_, i) => `S${i},2026-01-01 10:00,Agent ${i % 3}`).join('\n');
    const { db, result } = await run(file(csv), { chunkRows: 10 });
    expect(result.status).toBe('imported');
    expect(await db.chunks.count()).toBe(3);
    const data = await db.chunkData.toArray();
    expect(data.every((d) => 'dictRef' in d.columns.agent && 'dictRef' in d.columns.ticket_id)).toBe(true);
    const dicts = await db.dicts.toArray();
    expect(dicts.map((d) => [d.ref.split('/').slice(1).join('/'), d.values.length]).sort()).toEqual([
      ['tickets/agent', 4],
      ['tickets/ticket_id', 26]
    ]);
    const t = (await dataset(db)).tickets;
    expect(texts(t, 'ticket_id')).toEqual(Array.from({ length: 25 }, (_, i) => `S${i}`));
    expect(texts(t, 'agent').slice(0, 4)).toEqual(['Agent 0', 'Agent 1', 'Agent 2', 'Agent 0']);
    const { deleteImport } = await import('../../storage/imports');
    await deleteImport(db, (await listImports(db, 'w'))[0].id!);
    expect([await db.chunks.count(), await db.chunkData.count(), await db.dicts.count()]).toEqual([0, 0, 0]);
  });

  it('a backup of shared-dictionary chunks restores the same values', async () => {
    const csv =
      'ticket_id,created_at,agent\n' +
      Array.from({ length: 25 }, (_, i) => `S${i},2026-01-01 10:00,Agent ${i % 3}`).join('\n');
    const { db } = await run(file(csv), { chunkRows: 10 });
    await db.workspaces.add({ id: 'w', name: 'W', createdAt: 0, openedAt: 0, isDemo: false });
    const { exportWorkspace, restoreWorkspace } = await import('../../storage/backup');
    const { blob } = await exportWorkspace(db, 'w');
    const restored = await restoreWorkspace(db, blob);
    const { loadDataset } = await import('../../storage/chunks');
    const back = (await loadDataset(db, restored.id)).tickets;
    const orig = (await dataset(db)).tickets;
    expect(texts(back, 'agent')).toEqual(texts(orig, 'agent'));
    expect(texts(back, 'ticket_id')).toEqual(texts(orig, 'ticket_id'));
  });
});

describe('import pipeline: nasty files', () => {
  it('UTF-16LE with a BOM and tabs', async () => {
    const text = 'ticket_id\tcreated_at\tagent\r\nU1\t2026-03-01 10:00\tZoë\r\nU2\t2026-03-02 11:30\tJürgen\r\n';
    const { db, result } = await run(file(utf16le(text), 'excel-unicode.txt'));
    expect(result.status).toBe('imported');
    const t = (await dataset(db)).tickets;
    expect(texts(t, 'agent')).toEqual(['Zoë', 'Jürgen']);
    expect(nums(t, 'created_at')).toEqual([Date.UTC(2026, 2, 1, 10), Date.UTC(2026, 2, 2, 11, 30)]);
  });

  it('UTF-16BE with a BOM', async () => {
    const le = utf16le('ticket_id,created_at,agent\nB1,2026-03-01 10:00,Zoë\n');
    const be = le.slice();
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    const { db, result } = await run(file(be));
    expect(result.status).toBe('imported');
    expect(texts((await dataset(db)).tickets, 'agent')).toEqual(['Zoë']);
  });

  it("Excel's sep=; first line", async () => {
    const { db, result } = await run(
      file('sep=;\r\nticket_id;created_at;agent\r\n1;2026-01-01;A\r\n2;2026-01-02;B\r\n')
    );
    expect(result.status === 'imported' && result.import.rowsStored).toBe(2);
    expect(texts((await dataset(db)).tickets, 'agent')).toEqual(['A', 'B']);
  });

  it('Windows-1256 with Arabic text', async () => {
    const text =
      'ticket_id,created_at,agent,category\r\nA1,2026-04-01 09:00,أحمد,الفواتير\r\nA2,2026-04-01 10:00,فاطمة,الشحن\r\n';
    const bytes = windows1256(text);
    expect(bytes.length).toBe(text.length); // one byte per character: really 1256, not UTF-8
    const { db, result } = await run(file(bytes, 'arabic.csv'));
    expect(result.status).toBe('imported');
    const t = (await dataset(db)).tickets;
    expect(texts(t, 'agent')).toEqual(['أحمد', 'فاطمة']);
    expect(texts(t, 'category')).toEqual(['الفواتير', 'الشحن']);
  });

  it('semicolons, day-first dates and CRLF', async () => {
    const text = 'ticket_id;created_at;agent;csat\r\n1;13/02/2026 09:30;Ana;4,5\r\n2;01/03/2026 10:00;Bo;3\r\n';
    const { db, result } = await run(file(text));
    expect(result.status).toBe('imported');
    const t = (await dataset(db)).tickets;
    expect(nums(t, 'created_at')).toEqual([Date.UTC(2026, 1, 13, 9, 30), Date.UTC(2026, 2, 1, 10)]);
    expect(texts(t, 'agent')).toEqual(['Ana', 'Bo']); // no stray \r
    expect(nums(t, 'csat')).toEqual([4.5, 3]);
  });

  it('Persian digits in ids, dates and numbers', async () => {
    const text = 'ticket_id,created_at,csat\n۱۰۱,۲۰۲۶-۰۱-۰۵ ۱۰:۰۰,۴\n١٠٢,٢٠٢٦-٠١-٠٦ ١١:٣٠,٥\n';
    const { db, result } = await run(file(text));
    expect(result.status).toBe('imported');
    const t = (await dataset(db)).tickets;
    expect(texts(t, 'ticket_id')).toEqual(['101', '102']);
    expect(nums(t, 'created_at')).toEqual([Date.UTC(2026, 0, 5, 10), Date.UTC(2026, 0, 6, 11, 30)]);
    expect(nums(t, 'csat')).toEqual([4, 5]);
  });

  const RAGGED = [
    'ticket_id,created_at,agent,category,csat', //             line 1
    '1,2026-01-01 10:00,Ana,"line one', //                     line 2
    'line two",4', //                                          line 3
    '2,2026-01-02 10:00', //                                   line 4 (ragged: fewer cells)
    '3,not a date,Bo,x,5', //                                  line 5 (bad required value)
    '', //                                                     line 6 (blank)
    ',2026-01-03 10:00,Cy,y,', //                              line 7 (missing id)
    '4,2026-01-04 10:00,Di,z,great,extra', //                  line 8 (bad optional, extra cell)
    '5,"2026-01-05 10:00","E ""the"" one","multi', //          line 9
    'line', //                                                 line 10
    'field",2' //                                              line 11
  ].join('\n');

  it('ragged rows and quoted multi-line fields: counts and physical line numbers', async () => {
    const { db, result } = await run(file(RAGGED));
    expect(result.status).toBe('imported');
    if (result.status !== 'imported') return;
    expect(result.import).toMatchObject({ rowsRead: 6, rowsStored: 4, rowsSkipped: 2, rowsWithWarnings: 1 });
    const errs = result.import.errors.map((e) => [e.line, e.column, e.value, e.severity]);
    expect(errs).toEqual([
      [5, 'created_at', 'not a date', 'error'],
      [7, 'ticket_id', '', 'error'],
      [8, 'csat', 'great', 'warning']
    ]);
    const t = (await dataset(db)).tickets;
    expect(texts(t, 'ticket_id')).toEqual(['1', '2', '4', '5']);
    expect(texts(t, 'category')).toEqual(['line one\nline two', '', 'z', 'multi\nline\nfield']);
    expect(texts(t, 'agent')[3]).toBe('E "the" one');
    expect(nums(t, 'csat')).toEqual([4, NaN, NaN, 2]);
  });

  it('line numbers stay right when quoted new lines straddle read pieces', async () => {
    for (const pieceBytes of [7, 16, 33]) {
      const { result } = await run(file(RAGGED), { pieceBytes });
      expect(result.status === 'imported' && result.import.errors.map((e) => e.line)).toEqual([5, 7, 8]);
    }
  });

  it('characters split across read pieces (UTF-16 odd cuts, UTF-8 multi-byte) decode intact', async () => {
    const text = 'ticket_id,created_at,agent\r\nف1,2026-03-01 10:00,زهرا کریمی\r\nف2,2026-03-02 11:30,Zoë Ñúñez\r\n';
    for (const [bytes, pieceBytes] of [
      [utf16le(text), 7],
      [new TextEncoder().encode(text), 5]
    ] as const) {
      const { db, result } = await run(file(bytes), { pieceBytes });
      expect(result.status).toBe('imported');
      expect(texts((await dataset(db)).tickets, 'agent')).toEqual(['زهرا کریمی', 'Zoë Ñúñez']);
    }
  });

  const refusals: [string, Uint8Array | string, RegExp][] = [
    ['binary garbage', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251), /binary|not a text/i],
    ['an Excel workbook', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(0)]), /excel|xlsx|zip/i],
    ['an empty file', new Uint8Array(0), /empty/i],
    ['a blank file', '\n\n  \n', /blank|no data/i],
    ['a header-only file', 'ticket_id,created_at,agent\n', /no data rows/i]
  ];
  for (const [name, bytes, why] of refusals) {
    it(`refuses ${name} with a reason and writes nothing`, async () => {
      const { db, result } = await run(file(bytes));
      expect(result.status).toBe('refused');
      expect(result.status === 'refused' && result.reason).toMatch(why);
      expect(await db.imports.count()).toBe(0);
      expect(await db.chunks.count()).toBe(0);
    });
  }

  it('a file of unknown kind stops before writing and asks for a mapping', async () => {
    const { db, result } = await run(file('foo,bar,baz\n1,2,3\n4,5,6\n'));
    expect(['needsMapping', 'refused']).toContain(result.status);
    expect(await db.imports.count()).toBe(0);
  });
});

describe('import pipeline: header-less logs through row adapters', () => {
  // A queue_log written here (the mapper's adapter folds events by call id into calls).
  const QUEUE_LOG = [
    '1709542800|1709542800.1|support|NONE|ENTERQUEUE||5551001|1',
    '1709542812|1709542800.1|support|SIP/8007|CONNECT|12|1709542812.2|3',
    '1709542992|1709542800.1|support|SIP/8007|COMPLETECALLER|12|180|1',
    '1709543100|1709543100.3|support|NONE|ENTERQUEUE||5551002|1',
    '1709543130|1709543100.3|support|NONE|ABANDON|1|1|30',
    '1709543200|1709543200.4|sales|NONE|ENTERQUEUE||5551003|1',
    '1709543205|1709543200.4|sales|SIP/8009|CONNECT|5|1709543205.5|2',
    '1709543300|1709543200.4|sales|SIP/8009|COMPLETEAGENT|5|95|1'
  ].join('\n');

  it('an Asterisk queue_log becomes calls (answered and abandoned) with no question', async () => {
    const { db, result } = await run(file(QUEUE_LOG, 'queue_log'));
    expect(result.status, JSON.stringify(result).slice(0, 300)).toBe('imported');
    const calls = (await dataset(db)).calls;
    expect(calls?.length).toBe(3);
    expect(texts(calls, 'queue').sort()).toEqual(['sales', 'support', 'support']);
    const queued = nums(calls, 'queued_at');
    expect(queued).toContain(1709542800 * 1000);
    const abandoned = nums(calls, 'abandoned');
    expect(abandoned.filter((v) => v === 1).length).toBe(1);
  });
});

describe('import pipeline: interruptions', () => {
  const big = (n: number, from = 0) =>
    'ticket_id,created_at,agent\n' +
    Array.from(
      { length: n },
      (_, i) => `N${from + i},2026-01-01 ${String(i % 24).padStart(2, '0')}:00,Agent ${i % 7}`
    ).join('\n');

  it('cancel mid-import keeps earlier data and lists the import as incomplete', async () => {
    const { db } = await run(file(big(50)));
    let pieces = 0;
    const { result } = await run(file(big(2000, 1000)), {
      db,
      pieceBytes: 4096,
      chunkRows: 100,
      cancelled: () => ++pieces > 5
    });
    expect(result.status).toBe('cancelled');
    const imports = await listImports(db, 'w');
    expect(imports.map((r) => r.status)).toEqual(['complete', 'incomplete']);
    expect(imports[1].message).toMatch(/Cancelled/);
    expect((await dataset(db)).tickets?.length).toBe(50);
    expect(await db.chunks.where('importId').equals(imports[1].id!).count()).toBe(0);
  });

  it('a QuotaExceededError at write aborts that import with a clear message; stored data intact', async () => {
    const { db } = await run(file(big(50)));
    const add = db.chunkData.add.bind(db.chunkData);
    let calls = 0;
    db.chunkData.add = ((...a: Parameters<typeof add>) => {
      if (++calls === 3) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return add(...a);
    }) as typeof add;
    const { result } = await run(file(big(1000, 1000)), { db, chunkRows: 100 });
    db.chunkData.add = add;
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.reason).toBe(QUOTA_MESSAGE);
    // The page says it in the user's language, with how much space the file needs.
    const notice = result.status === 'failed' ? result.notice : undefined;
    expect(notice?.code).toBe('storage.quotaImport');
    expect(Number(notice?.params?.neededBytes)).toBeGreaterThanOrEqual(file(big(1000, 1000)).size);
    const imports = await listImports(db, 'w');
    expect(imports.map((r) => r.status)).toEqual(['complete', 'failed']);
    const t = (await dataset(db)).tickets;
    expect(t?.length).toBe(50);
    expect(await db.chunks.where('importId').equals(imports[1].id!).count()).toBe(0);
  });

  it('reports progress at most every 200 ms and once at the end', async () => {
    const seen: number[] = [];
    const f = file(big(3000));
    await run(f, { pieceBytes: 1024, progress: (p) => seen.push(p.bytesRead) });
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen.at(-1)).toBe(f.size);
    expect(seen.length).toBeLessThan(Math.ceil(f.size / 1024));
  });
});
