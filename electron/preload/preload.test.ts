/**
 * The preload as it ships: bundled to one CommonJS file, then run in a fresh V8
 * context whose only module is a recording stand-in for `electron` (as in Electron's
 * sandbox, where `require` knows nothing else). Checks what reaches the page.
 */
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Host } from '../common/contract.ts';
import { EVENT_CHANNELS, INFO_ARG_PREFIX, INVOKE_CHANNELS, INVOKE_KEYS } from '../common/ipc.ts';

interface Recorder {
  exposed: Map<string, unknown>;
  invoked: Array<{ channel: string; args: unknown[] }>;
  listeners: Map<string, Set<(event: unknown, payload: unknown) => void>>;
  required: string[];
}

let code: string;

beforeAll(async () => {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, 'preload.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    write: false,
  });
  code = result.outputFiles[0]?.text ?? '';
});

function runPreload(argv: string[], reply: (channel: string) => Promise<unknown> = (channel) => Promise.resolve(`reply:${channel}`)): { podium: Host; recorder: Recorder } {
  const recorder: Recorder = { exposed: new Map(), invoked: [], listeners: new Map(), required: [] };
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => recorder.exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        recorder.invoked.push({ channel, args });
        return reply(channel);
      },
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        const set = recorder.listeners.get(channel) ?? new Set();
        set.add(listener);
        recorder.listeners.set(channel, set);
      },
      removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        recorder.listeners.get(channel)?.delete(listener);
      },
    },
  };
  const module = { exports: {} };
  const sandboxRequire = (id: string) => {
    recorder.required.push(id);
    if (id === 'electron') return electron;
    throw new Error(`module not found in the sandbox: ${id}`);
  };
  vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, process: { argv, platform: 'linux' } });
  return { podium: recorder.exposed.get('podium') as Host, recorder };
}

describe('preload', () => {
  it('requires only electron and exposes exactly one API, window.podium', () => {
    const { recorder } = runPreload([]);
    expect(recorder.required).toEqual(['electron']);
    expect([...recorder.exposed.keys()]).toEqual(['podium']);
  });

  it('exposes named Host methods only: one per request channel, the events, and info', () => {
    const { podium } = runPreload([]);
    const names = Object.keys(podium).sort();
    expect(names).toEqual([...INVOKE_KEYS, ...Object.keys(EVENT_CHANNELS), 'info'].sort());
    for (const name of names) expect(typeof (podium as unknown as Record<string, unknown>)[name]).toBe('function');
  });

  it('forwards each request to its own channel with the arguments unchanged', async () => {
    const { podium, recorder } = runPreload([]);
    const bytes = new Uint8Array([1, 2]);
    await podium.currentDeck();
    await podium.openBytes('报告.docx', bytes);
    await podium.setSetting('uiLang', 'en');
    await podium.getSetting('uiLang');
    await podium.saveRehearsals('k', { runs: [] });
    expect(recorder.invoked).toEqual([
      { channel: INVOKE_CHANNELS.currentDeck, args: [] },
      { channel: INVOKE_CHANNELS.openBytes, args: ['报告.docx', bytes] },
      { channel: INVOKE_CHANNELS.setSetting, args: ['uiLang', 'en'] },
      { channel: INVOKE_CHANNELS.getSetting, args: ['uiLang'] },
      { channel: INVOKE_CHANNELS.saveRehearsals, args: ['k', { runs: [] }] },
    ]);
  });

  it("passes main's rejection to the view in main's own words, without Electron's remote-method prefix", async () => {
    const { podium } = runPreload([], (channel) => Promise.reject(new Error(`Error invoking remote method '${channel}': Error: rehearsals.json: not valid JSON (kept as rehearsals.json.bak)`)));
    await expect(podium.loadRehearsals('k')).rejects.toThrow(/^rehearsals\.json: not valid JSON \(kept as rehearsals\.json\.bak\)$/);
  });

  it('hands listeners the payload only (never the IPC event) and unsubscribes', () => {
    const { podium, recorder } = runPreload([]);
    const seen: unknown[] = [];
    const off = podium.onCommand((command) => seen.push(command));
    const [forward] = [...(recorder.listeners.get(EVENT_CHANNELS.onCommand) ?? [])];
    forward?.({ sender: 'secret ipcRenderer' }, { type: 'present', action: 'black' });
    expect(seen).toEqual([{ type: 'present', action: 'black' }]);
    off();
    expect(recorder.listeners.get(EVENT_CHANNELS.onCommand)?.size).toBe(0);
    expect(() => podium.onDeckUpdate('not a function' as never)).toThrow(/listener function/);
  });

  it('answers info() from the argument main passed, as electron', () => {
    const info = { kind: 'electron', appVersion: '0.1.0', platform: 'win32' };
    const { podium } = runPreload(['/x/electron', `${INFO_ARG_PREFIX}${encodeURIComponent(JSON.stringify({ ...info, kind: 'browser' }))}`]);
    expect(podium.info()).toEqual(info);
    expect(runPreload(['garbage', `${INFO_ARG_PREFIX}%%%`]).podium.info()).toEqual({ kind: 'electron', appVersion: '', platform: 'linux' });
  });
});
