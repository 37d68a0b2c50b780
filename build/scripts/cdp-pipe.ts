/**
 * A minimal Chrome DevTools Protocol client over `--remote-debugging-pipe` (file
 * descriptors 3 and 4 of the browser process, NUL-terminated JSON messages), so
 * `npm start` can place the browser's second app window without opening a
 * debugging port that any local process could connect to.
 */
import type { Readable, Writable } from 'node:stream';

/** Splits a stream's text into complete NUL-terminated messages; the unfinished tail is kept for the next chunk. */
export function splitMessages(buffered: string): { messages: string[]; rest: string } {
  const parts = buffered.split('\0');
  const rest = parts.pop() ?? '';
  return { messages: parts.filter((p) => p.length > 0), rest };
}

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

export class CdpPipe {
  private nextId = 1;
  private buffered = '';
  private readonly pending = new Map<number, Pending>();

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
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.output.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  private receive(chunk: string): void {
    const { messages, rest } = splitMessages(this.buffered + chunk);
    this.buffered = rest;
    for (const text of messages) {
      let message: { id?: number; result?: unknown; error?: { message: string } };
      try {
        message = JSON.parse(text) as typeof message;
      } catch {
        continue;
      }
      if (message.id === undefined) continue; // an event: not subscribed to any
      const waiting = this.pending.get(message.id);
      if (!waiting) continue;
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    }
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
