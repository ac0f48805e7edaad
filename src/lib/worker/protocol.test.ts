import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';
import { dispatch } from './dispatch';
import { PROTOCOL_VERSION, REQUEST_NAMES, type RequestMessage } from './protocol';
import { Session } from './session';
import { freshDb } from '../storage/test-helpers';

describe('protocol', () => {
  it('every request name reaches exactly one handler, and no handler is unlisted', () => {
    const handlers = createHandlers(new Session({ db: freshDb() }));
    expect(Object.keys(handlers).sort()).toEqual([...REQUEST_NAMES].sort());
    expect(new Set(REQUEST_NAMES).size).toBe(REQUEST_NAMES.length);
    for (const name of REQUEST_NAMES) expect(typeof handlers[name]).toBe('function');
  });

  it('answers a version mismatch and an unknown request with an error, not a crash', async () => {
    const handlers = createHandlers(new Session({ db: freshDb() }));
    const old = await dispatch(handlers, {
      v: 0,
      id: 7,
      type: 'open',
      payload: { workspace: 'x' }
    } as unknown as RequestMessage);
    expect(old).toMatchObject({ id: 7, ok: false, error: expect.stringMatching(/reload/) });
    const unknown = await dispatch(handlers, {
      v: PROTOCOL_VERSION,
      id: 8,
      type: 'nope',
      payload: {}
    } as unknown as RequestMessage);
    expect(unknown).toMatchObject({ id: 8, ok: false, error: expect.stringMatching(/Unknown request/) });
    const failing = await dispatch(handlers, { v: PROTOCOL_VERSION, id: 9, type: 'getSettings', payload: {} });
    expect(failing).toMatchObject({ id: 9, ok: false, error: 'No workspace is open.' });
  });
});
