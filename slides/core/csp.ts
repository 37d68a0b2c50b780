/**
 * The Content-Security-Policy every Podium page is served with: by the Electron
 * custom scheme and by the local HTTP servers (browser host, print server) alike
 * (one policy, one place). Pure, so the Vite build and every host share it.
 *
 * Everything starts from `default-src 'none'`; only what the views need is opened:
 * - scripts: the app's own bundled modules only (no inline script, no eval);
 * - styles: own stylesheets, plus inline style attributes, which reveal.js's layout
 *   and the shrink-to-fit code set at run time (style cannot run script);
 * - fonts and images: own files, plus data:/blob: URLs for images the views make themselves;
 * - connect: own origin only (the browser host's HTTP API lives there);
 * - no plugins, no frames, no form posts, no <base> rewriting.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'none'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['font-src', ["'self'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['media-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'none'"]],
  ['object-src', ["'none'"]],
  ['frame-src', ["'none'"]],
  ['child-src', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
];

export function contentSecurityPolicy(directives = CSP_DIRECTIVES): string {
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** Headers sent with every response (pages, assets, API answers, errors), besides the CSP. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    // frame-ancestors 'none' says it to browsers that read CSP; this says it to the ones that do not.
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
