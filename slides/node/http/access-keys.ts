/**
 * The per-launch secret of one local server, and the one-time launch codes that bring it
 * to a page. A launch URL carries only a code, in its fragment (never sent to the server,
 * never in a Referer or a log); the page trades the code for the token once (API.session)
 * and sends the token in a header on every API call. A code is spent by its first use and
 * lapses after CODE_LIFETIME_MS, so a launch URL seen later (a process list, a terminal's
 * scroll-back) opens nothing.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const CODE_LIFETIME_MS = 10 * 60 * 1000;

function secret(): string {
  return randomBytes(32).toString('base64url');
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

export class AccessKeys {
  private readonly token = secret();
  private readonly tokenDigest = digest(this.token);
  private readonly codes = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A fresh one-time code for one page load. */
  mintCode(): string {
    this.forgetLapsed();
    const code = secret();
    this.codes.set(code, this.now() + CODE_LIFETIME_MS);
    return code;
  }

  /** The token for a live code (which is spent), else undefined. */
  redeem(code: string): string | undefined {
    this.forgetLapsed();
    if (!this.codes.delete(code)) return undefined;
    return this.token;
  }

  /** Constant-time comparison with this launch's token. */
  isToken(presented: string): boolean {
    return timingSafeEqual(digest(presented), this.tokenDigest);
  }

  private forgetLapsed(): void {
    const now = this.now();
    for (const [code, until] of this.codes) if (until <= now) this.codes.delete(code);
  }
}
