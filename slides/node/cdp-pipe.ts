/**
 * A minimal Chrome DevTools Protocol client over `--remote-debugging-pipe` (file
 * descriptors 3 and 4 of the browser process, NUL-terminated JSON messages): `npm start`
 * places the browser's second app window with it without opening a debugging port that any
 * local process could connect to, and the CLI's PDF exports drive their headless Chromium
 * with it (slides/export/chromium.ts) instead of loading a whole browser-automation library.
 */
import type { Readable, Writable } from 'node:stream';

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

/** An event's parameters, and the page session it came from (flattened sessions), if any. */
export type CdpListener = (params: Record<string, unknown>, sessionId: string | undefined) => void;

export class CdpPipe {
  private nextId = 1;
  /** The pieces of a message not yet ended by its NUL. */
  private partial: string[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<CdpListener>>();
  private failure: Error | undefined;

  constructor(
    private readonly output: Writable,
    input: Readable,
  ) {
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => this.receive(chunk));
    input.on('close', () => this.failAll(new Error('the browser closed its DevTools pipe')));
    output.on('error', (error: Error) => this.failAll(error));
  }

  /** `sessionId` (from Target.attachToTarget with flatten) sends the command to that page. */
  send<T = unknown>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.output.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Calls `listener` on every `method` event (e.g. "Runtime.exceptionThrown"); returns the unsubscribe. */
  on(method: string, listener: CdpListener): () => void {
    const set = this.listeners.get(method) ?? new Set<CdpListener>();
    set.add(listener);
    this.listeners.set(method, set);
    return () => void set.delete(listener);
  }

  /** Messages end with NUL; a long one (a PDF's base64) arrives in many chunks, kept as pieces until its end. */
  private receive(chunk: string): void {
    let start = 0;
    for (let end = chunk.indexOf('\0'); end !== -1; end = chunk.indexOf('\0', start)) {
      this.partial.push(chunk.slice(start, end));
      const text = this.partial.join('');
      this.partial = [];
      start = end + 1;
      if (text.length > 0) this.dispatch(text);
    }
    if (start < chunk.length) this.partial.push(chunk.slice(start));
  }

  private dispatch(text: string): void {
    let message: { id?: number; method?: string; params?: Record<string, unknown>; sessionId?: string; result?: unknown; error?: { message: string } };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      return;
    }
    if (message.id === undefined) {
      if (message.method) for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
      return;
    }
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.error) waiting.reject(new Error(message.error.message));
    else waiting.resolve(message.result);
  }

  private failAll(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
