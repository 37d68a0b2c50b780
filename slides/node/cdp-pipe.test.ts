import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CdpPipe } from './cdp-pipe.ts';

describe('CdpPipe', () => {
  it('sends NUL-terminated requests and matches replies by id, across chunk boundaries', async () => {
    const toBrowser = new PassThrough();
    const fromBrowser = new PassThrough();
    const cdp = new CdpPipe(toBrowser, fromBrowser);
    const sent: string[] = [];
    toBrowser.on('data', (chunk: Buffer) => sent.push(chunk.toString('utf8')));

    const targets = cdp.send('Target.getTargets');
    const bounds = cdp.send('Browser.setWindowBounds', { windowId: 3, bounds: { left: 10 } });
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent.join('')).toBe('{"id":1,"method":"Target.getTargets","params":{}}\0{"id":2,"method":"Browser.setWindowBounds","params":{"windowId":3,"bounds":{"left":10}}}\0');

    fromBrowser.write('{"method":"Target.targetCreated","params":{}}\0{"id":2,"error":{"message":"No window"}}\0{"id":1,"res');
    fromBrowser.write('ult":{"targetInfos":[]}}\0');
    await expect(targets).resolves.toEqual({ targetInfos: [] });
    await expect(bounds).rejects.toThrow('No window');
  });

  it('hands events to their listeners with the page session they came from, and stops when unsubscribed', async () => {
    const fromBrowser = new PassThrough();
    const cdp = new CdpPipe(new PassThrough(), fromBrowser);
    const seen: unknown[] = [];
    const stop = cdp.on('Runtime.exceptionThrown', (params, sessionId) => seen.push([params, sessionId]));
    fromBrowser.write('{"method":"Runtime.exceptionThrown","sessionId":"S1","params":{"exceptionDetails":{"text":"boom"}}}\0{"method":"Page.loadEventFired","params":{}}\0');
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual([[{ exceptionDetails: { text: 'boom' } }, 'S1']]);
    stop();
    fromBrowser.write('{"method":"Runtime.exceptionThrown","params":{}}\0');
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toHaveLength(1);
  });

  it('reads a long message that arrives in many chunks, with a multi-byte character split between two', async () => {
    const fromBrowser = new PassThrough();
    const cdp = new CdpPipe(new PassThrough(), fromBrowser);
    const reply = cdp.send('Page.printToPDF');
    const data = 'A'.repeat(200_000);
    const bytes = Buffer.from(`{"id":1,"result":{"data":"${data}","title":"讲台"}}\0`, 'utf8');
    const cut = bytes.indexOf(Buffer.from('讲', 'utf8')) + 1;
    for (let at = 0; at < cut; at += 65_536) fromBrowser.write(bytes.subarray(at, Math.min(at + 65_536, cut)));
    fromBrowser.write(bytes.subarray(cut));
    await expect(reply).resolves.toEqual({ data, title: '讲台' });
  });

  it('fails waiting requests when the browser goes away, and later ones at once', async () => {
    const fromBrowser = new PassThrough();
    const cdp = new CdpPipe(new PassThrough(), fromBrowser);
    const waiting = cdp.send('Target.getTargets');
    fromBrowser.destroy();
    await expect(waiting).rejects.toThrow(/closed its DevTools pipe/);
    await expect(cdp.send('Browser.getVersion')).rejects.toThrow(/closed its DevTools pipe/);
  });
});
