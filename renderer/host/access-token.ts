/**
 * This launch's access token, which every API call to a local Podium server carries
 * (ACCESS_TOKEN_HEADER). A page the host opens has a one-time launch code in its URL
 * fragment: it is taken out of the address at once (so it is not in history, a reload
 * or a copied link), traded for the token, and the token kept in this origin's
 * localStorage so the other views of the launch (the audience window, the teleprompter,
 * a reload) have it too. A page opened with neither waits for another view to store it.
 * A new launch has a new token; a stale one is answered 403 and forgotten.
 */
import { API, LAUNCH_PARAM } from '../../slides/core/browser-api.ts';

const TOKEN_KEY = 'podium.accessToken';
/** How long a page without a key waits for another view of the launch to bring one. */
const WAIT_MS = 15_000;

/** The launch code in the address's fragment, removed from the address. */
function takeLaunchCode(): string | undefined {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const code = params.get(LAUNCH_PARAM);
  if (code === null) return undefined;
  params.delete(LAUNCH_PARAM);
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  return code;
}

async function redeem(code: string): Promise<string> {
  const response = await fetch(API.session, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }), cache: 'no-store' });
  if (!response.ok) throw new Error(`${API.session}: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  localStorage.setItem(TOKEN_KEY, token);
  return token;
}

/** Waits for a code in the fragment (a host navigating this page) or a token from another view. */
function arrival(): Promise<string> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      removeEventListener('storage', onStorage);
      removeEventListener('hashchange', onHash);
    };
    const onStorage = (event: StorageEvent): void => {
      if (event.key !== TOKEN_KEY || !event.newValue) return;
      done();
      resolve(event.newValue);
    };
    const onHash = (): void => {
      const code = takeLaunchCode();
      if (code === undefined) return;
      done();
      redeem(code).then(resolve, reject);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error('This page has no access key for Podium: open the views from Podium itself (npm start), not by typing their address.'));
    }, WAIT_MS);
    addEventListener('storage', onStorage);
    addEventListener('hashchange', onHash);
  });
}

let pending: Promise<string> | undefined;

/** The token (asked for once per page; the first call takes the launch code out of the address). */
export function accessToken(): Promise<string> {
  if (!pending) {
    const code = takeLaunchCode();
    const stored = localStorage.getItem(TOKEN_KEY);
    pending = code !== undefined ? redeem(code) : stored ? Promise.resolve(stored) : arrival();
  }
  return pending;
}

/** A token the server refused (a launch that ended): forget it, so the next page waits for a new one. */
export function forgetToken(token: string): void {
  if (localStorage.getItem(TOKEN_KEY) === token) localStorage.removeItem(TOKEN_KEY);
}
