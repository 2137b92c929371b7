/** Where earlier versions of the web app kept the bearer token, readable by any script running in the page. */
export const LEGACY_TOKEN_KEY = 'doable.token';

/**
 * Removes a bearer token left in localStorage by an earlier version and ends that session on the server, so a
 * copy read from there stops working. The user signs in again (the session then lives in an httpOnly cookie).
 */
export async function forgetLegacyToken(storage: Storage = localStorage, send: typeof fetch = fetch): Promise<void> {
  const token = storage.getItem(LEGACY_TOKEN_KEY);
  if (token === null) return;
  storage.removeItem(LEGACY_TOKEN_KEY);
  try {
    // `omit`: the bearer token names the session to end, not a cookie this browser may hold by now.
    await send('/api/auth/sign-out', {
      method: 'POST',
      credentials: 'omit',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
  } catch {
    // Offline: the token is gone from the page either way, and the session expires on its own.
  }
}
