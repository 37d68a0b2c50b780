import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CdpPipe, splitMessages } from './cdp-pipe.ts';

describe('splitMessages', () => {
  it('keeps an unfinished message for the next chunk', () => {
    expect(splitMessages('{"id":1}\0{"id":2}\0{"id"')).toEqual({ messages: ['{"id":1}', '{"id":2}'], rest: '{"id"' });
    expect(splitMessages('')).toEqual({ messages: [], rest: '' });
  });
});

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

  it('fails waiting requests when the browser goes away', async () => {
    const fromBrowser = new PassThrough();
    const cdp = new CdpPipe(new PassThrough(), fromBrowser);
    const waiting = cdp.send('Target.getTargets');
    fromBrowser.destroy();
    await expect(waiting).rejects.toThrow(/closed its DevTools pipe/);
  });
});
