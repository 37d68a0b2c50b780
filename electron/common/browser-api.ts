/**
 * The browser host's HTTP API paths, shared by the server (electron/browser-host) and
 * its client (renderer/host/browser-client.ts) so the two cannot drift apart.
 */
export const API = {
  deck: '/api/deck',
  events: '/api/events',
  openBytes: '/api/open-bytes',
  openRecent: '/api/open-recent',
  recent: '/api/recent',
} as const;

/** Server-Sent Event names on API.events. */
export const SSE_EVENTS = { deck: 'deck' } as const;

/** Header carrying the file name of an upload (the body is the raw bytes). */
export const FILE_NAME_HEADER = 'X-Podium-File-Name';
