/**
 * registerServiceWorker without a browser: workbox-window and SvelteKit's `$app/*` modules are
 * replaced by fakes, so the test checks what this module decides — the worker URL and scope
 * from the runtime base path, one update offer per waiting version, and that `apply()` asks the
 * waiting worker to take over and reloads only once it controls the page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = () => void;

const fake = vi.hoisted(() => ({
  base: '/tools/scorecard',
  dev: false,
  instances: [] as FakeWorkbox[]
}));

class FakeWorkbox {
  readonly listeners = new Map<string, Listener[]>();
  readonly messageSkipWaiting = vi.fn();
  readonly update = vi.fn(() => Promise.resolve());
  readonly register = vi.fn(() => Promise.resolve({ scope: 'registered' }));
  constructor(
    readonly url: string,
    readonly options: { scope: string }
  ) {
    fake.instances.push(this);
  }
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
}

vi.mock('workbox-window', () => ({ Workbox: FakeWorkbox }));
vi.mock('$app/paths', () => ({
  get base() {
    return fake.base;
  }
}));
vi.mock('$app/environment', () => ({
  browser: true,
  get dev() {
    return fake.dev;
  }
}));

const reload = vi.fn();

beforeEach(() => {
  fake.instances.length = 0;
  fake.base = '/tools/scorecard';
  fake.dev = false;
  reload.mockReset();
  vi.stubGlobal('navigator', { serviceWorker: {} });
  vi.stubGlobal('window', { location: { reload } });
  vi.stubGlobal('document', { visibilityState: 'visible', addEventListener: vi.fn() });
  vi.useFakeTimers();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const { registerServiceWorker } = await import('./register');

describe('registerServiceWorker', () => {
  it('registers <base>/sw.js with the base folder as scope', async () => {
    const registration = await registerServiceWorker(() => {});
    expect(fake.instances).toHaveLength(1);
    expect(fake.instances[0].url).toBe('/tools/scorecard/sw.js');
    expect(fake.instances[0].options).toEqual({ scope: '/tools/scorecard/' });
    expect(registration).toEqual({ scope: 'registered' });
  });

  it('works at the site root, where base is the empty string', async () => {
    fake.base = '';
    await registerServiceWorker(() => {});
    expect(fake.instances[0].url).toBe('/sw.js');
    expect(fake.instances[0].options.scope).toBe('/');
  });

  it('offers a waiting version once, and switches only when apply() is called', async () => {
    const onUpdate = vi.fn();
    await registerServiceWorker(onUpdate);
    const wb = fake.instances[0];
    wb.emit('waiting');
    wb.emit('waiting');
    expect(onUpdate).toHaveBeenCalledTimes(1);
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();

    const apply = onUpdate.mock.calls[0][0] as () => void;
    apply();
    expect(wb.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    wb.emit('controlling');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('checks for updates every hour', async () => {
    await registerServiceWorker(() => {});
    const wb = fake.instances[0];
    expect(wb.update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(wb.update).toHaveBeenCalledTimes(1);
  });

  it('does nothing without service workers or in vite dev', async () => {
    vi.stubGlobal('navigator', {});
    expect(await registerServiceWorker(() => {})).toBeUndefined();
    vi.stubGlobal('navigator', { serviceWorker: {} });
    fake.dev = true;
    expect(await registerServiceWorker(() => {})).toBeUndefined();
    expect(fake.instances).toHaveLength(0);
  });
});
