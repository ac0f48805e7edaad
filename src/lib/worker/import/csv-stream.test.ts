import { describe, expect, it } from 'vitest';
import { detectNewline, streamCsv } from './csv-stream';

const blob = (s: string) => new Blob([s]);

async function rows(text: string, pieceBytes: number, newline: '\n' | '\r\n' | '\r' = '\n') {
  const out: [number, string[]][] = [];
  await streamCsv(
    blob(text),
    { encoding: 'utf-8', delimiter: ',', newline, pieceBytes },
    (cells, line) => out.push([line(), cells]),
    () => undefined
  );
  return out;
}

describe('streamCsv', () => {
  const TEXT = 'a,b\n1,"x\ny"\n\n2,z\n"3","q""uote"\n4,last';
  const WANT: [number, string[]][] = [
    [1, ['a', 'b']],
    [2, ['1', 'x\ny']],
    [5, ['2', 'z']],
    [6, ['3', 'q"uote']],
    [7, ['4', 'last']]
  ];

  it('gives the same rows and physical line numbers whatever the piece size', async () => {
    for (const piece of [1, 2, 3, 5, 8, 13, 1000]) expect(await rows(TEXT, piece), `piece ${piece}`).toEqual(WANT);
  });

  it('handles CRLF and lone CR line endings', async () => {
    expect(await rows(TEXT.replace(/\n/g, '\r\n'), 4, '\r\n')).toEqual(
      WANT.map(([l, c]) => [l, c.map((v) => v.replace('\n', '\r\n'))])
    );
    expect(await rows('a,b\r1,2\r3,4', 3, '\r')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['3', '4']]
    ]);
  });

  it('stops with a message naming the line when a quote is never closed', async () => {
    const text = 'a,b\n1,2\n3,"never closed\n' + 'x,y\n'.repeat(200);
    await expect(
      streamCsv(
        blob(text),
        { encoding: 'utf-8', delimiter: ',', newline: '\n', pieceBytes: 64, maxRecordChars: 300 },
        () => undefined,
        () => undefined
      )
    ).rejects.toThrow(/line 3 never ends/);
  });

  it('stops between pieces when cancelled', async () => {
    let seen = 0;
    let pieces = 0;
    const done = await streamCsv(
      blob('a\n'.repeat(100)),
      { encoding: 'utf-8', delimiter: ',', newline: '\n', pieceBytes: 10, cancelled: () => pieces >= 3 },
      () => seen++,
      () => void pieces++
    );
    expect(done).toBe(false);
    expect(seen).toBe(15);
  });

  it('detects the line ending', () => {
    expect(detectNewline('a\r\nb')).toBe('\r\n');
    expect(detectNewline('a\nb')).toBe('\n');
    expect(detectNewline('a\rb')).toBe('\r');
  });
});
