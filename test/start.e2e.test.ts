/**
 * `npm start` as a user runs it, in browser-host mode on a machine without a display (so it
 * serves and waits): stopping npm with a signal stops Podium too and frees its port, and a port
 * already taken is said plainly instead of a raw EADDRINUSE.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../slides/cli/cli-test-support.ts';

/** No display (windows cannot open: the host serves and waits), English, CI off so nothing is downloaded. */
const ENV = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', CI: 'true' };

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function start(command: string, args: string[]): { child: ChildProcess; out: () => string; exited: Promise<number | null> } {
  const child = spawn(command, args, { cwd: REPO_ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => void (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => void (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, out: () => out, exited };
}

const portOpen = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('npm start', { timeout: 180_000 }, () => {
  it('stops with npm: a signal to npm ends Podium and frees its port', async () => {
    const npm = start('npm', ['start', '--', '--browser']);
    await expect.poll(npm.out, { timeout: 150_000, interval: 200 }).toMatch(/serves the views at http:\/\/127\.0\.0\.1:(\d+)\//);
    const port = Number(/127\.0\.0\.1:(\d+)\//.exec(npm.out())![1]);
    expect(await portOpen(port)).toBe(true);
    npm.child.kill('SIGTERM');
    await npm.exited;
    // The node process npm started (through a shell) goes too, and with it the port.
    await expect.poll(() => portOpen(port), { timeout: 10_000, interval: 200 }).toBe(false);
  });

  it('a port in use is said plainly, with what to do; --port 0 picks a free one', async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const podium = start(process.execPath, ['--import', 'tsx', 'build/scripts/start.ts', '--browser', '--port', String(port)]);
      expect(await podium.exited).toBe(1);
      expect(podium.out()).toContain(`podium: Port ${port} is in use`);
      expect(podium.out()).toContain('--port 0 (the default) picks a free one');
      expect(podium.out()).not.toMatch(/EADDRINUSE/);
    } finally {
      server.close();
    }
  });
});
