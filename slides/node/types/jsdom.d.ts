/** jsdom ships no types: the one constructor Podium uses (a window for DOMPurify on the Node side). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
