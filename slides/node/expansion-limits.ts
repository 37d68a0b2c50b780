/**
 * Limits on what a small file expands to (a zip's entries, a picture's pixels), checked
 * while the bytes come, so a bomb is refused after its first megabytes, not after it has
 * filled the memory. Used by the .docx reader (docx-limits.ts) and meant for pictures.
 */

import { Readable } from 'node:stream';

/** Which limit: entries of a package, bytes in all, bytes of text and markup, characters of text, pixels… */
export type ExpansionLimit = 'entries' | 'unzipped' | 'markup' | 'text' | 'pixels';

/** A limit a file went over (`max` in the limit's unit); `message` says it in English for logs and tests. */
export class ExpansionLimitError extends Error {
  override name = 'ExpansionLimitError';
  constructor(
    readonly limit: ExpansionLimit,
    readonly max: number,
    message: string,
  ) {
    super(message);
  }
}

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** A running count (bytes, entries, pixels…) with a ceiling: `add` throws the budget's message once it is passed. */
export class ExpansionBudget {
  private used = 0;

  constructor(
    readonly kind: ExpansionLimit,
    readonly limit: number,
    private readonly overMessage: string,
  ) {}

  get total(): number {
    return this.used;
  }

  add(amount: number): void {
    this.used += amount;
    if (this.used > this.limit) throw new ExpansionLimitError(this.kind, this.limit, this.overMessage);
  }
}

/**
 * Reads a stream of chunks (an inflating zip entry, a decoder's output) against budgets,
 * stopping it at the first chunk over any of them. `budgets` may be chosen from the first
 * chunk (what the bytes are). `keep` collects the bytes (a picture that passes);
 * otherwise they are counted and dropped.
 */
export async function readWithin(
  stream: NodeJS.ReadableStream,
  budgets: readonly ExpansionBudget[] | ((first: Buffer) => readonly ExpansionBudget[]),
  keep = false,
): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let chosen = typeof budgets === 'function' ? undefined : budgets;
  // Streams of the readable-stream 2 era (JSZip's) are not async iterable: wrap them.
  const iterable = Symbol.asyncIterator in stream ? stream : new Readable({ read() {} }).wrap(stream);
  try {
    for await (const chunk of iterable as AsyncIterable<Buffer>) {
      chosen ??= (budgets as (first: Buffer) => readonly ExpansionBudget[])(chunk);
      for (const budget of chosen) budget.add(chunk.length);
      if (keep) chunks.push(chunk);
    }
  } finally {
    (iterable as { destroy?: () => void }).destroy?.();
    (stream as { destroy?: () => void }).destroy?.();
  }
  return keep ? Buffer.concat(chunks) : undefined;
}
