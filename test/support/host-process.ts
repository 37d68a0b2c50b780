/**
 * The browser host in a process of its own, for tests that kill it as a crash would
 * (SIGKILL: no exit handlers, no flushing). Prints one JSON line {"url": …, "editor": …} once it
 * listens: `editor` is the editor page with a one-time launch code (each launch has its own key).
 * Usage: node --import tsx test/support/host-process.ts <deck file> <renderer dir>
 */
import { startBrowserHost } from '../../electron/browser-host/server.ts';

const [file, rendererDir] = process.argv.slice(2);
if (!file || !rendererDir) {
  process.stderr.write('usage: host-process.ts <deck file> <renderer dir>\n');
  process.exit(2);
}
const host = await startBrowserHost({ file, rendererDir, recentFilesPath: null, debounceMs: 50 });
process.stdout.write(`${JSON.stringify({ url: host.url, editor: host.launchUrl('editor.html') })}\n`);
