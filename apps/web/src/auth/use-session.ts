import type { Me } from '@doable/contracts';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiRequest, setUnauthorizedHandler } from '../api/api-client.ts';
import { unsubscribeFromPush } from '../reminders/push-subscription.ts';
import { forgetLegacyToken } from './legacy-token.ts';

/** `checking`: asking the server; `unreachable`: it did not answer, so whether the cookie is good is unknown. */
export type SessionState = 'checking' | 'signed-in' | 'signed-out' | 'unreachable';

export interface Session {
  state: SessionState;
  me: Me | undefined;
  /** Why the last sign-out did not happen. */
  signOutError: string | undefined;
  /** Asks the server again who is signed in (after signing in, or to retry); resolves to what it said. */
  refresh: () => Promise<SessionState>;
  signOut: () => Promise<void>;
}

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The signed-in user, as the httpOnly session cookie tells the server: the page cannot read the cookie, so it asks
 * `GET /api/v1/me` (401: signed out). Recurrence and plain-language dates are computed in the user's zone, so the
 * profile's zone is kept equal to the browser's.
 */
export function useSession(): Session {
  const [state, setState] = useState<SessionState>('checking');
  const [me, setMe] = useState<Me>();
  const [signOutError, setSignOutError] = useState<string>();

  const signedOut = useCallback(() => {
    setMe(undefined);
    setState('signed-out');
  }, []);

  const refresh = useCallback(async (): Promise<SessionState> => {
    let profile: Me;
    try {
      profile = await apiRequest<Me>('GET', '/api/v1/me');
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401) {
        signedOut();
        return 'signed-out';
      }
      setState('unreachable');
      return 'unreachable';
    }
    setMe(profile);
    setState('signed-in');
    const zone = browserTimeZone();
    if (zone && profile.time_zone !== zone) {
      await apiRequest<Me>('PATCH', '/api/v1/me', { time_zone: zone }).then(setMe, () => {});
    }
    return 'signed-in';
  }, [signedOut]);

  useEffect(() => {
    setUnauthorizedHandler(signedOut);
    void forgetLegacyToken().finally(refresh);
  }, [signedOut, refresh]);

  const signOut = useCallback(async () => {
    setSignOutError(undefined);
    // While the session still works: this browser must not get the next user's reminders, nor this one's after leaving.
    await unsubscribeFromPush().catch(() => {});
    try {
      // better-auth ends the session and clears the cookie.
      await apiRequest('POST', '/api/auth/sign-out', {});
      signedOut();
    } catch (caught) {
      // The page cannot see the cookie: whether the session is over is the server's to say (it may have ended already).
      const stillSignedIn = await apiRequest('GET', '/api/v1/me').then(
        () => true,
        (error: unknown) => !(error instanceof ApiError && error.status === 401),
      );
      if (!stillSignedIn) return signedOut();
      setSignOutError(
        caught instanceof ApiError
          ? `Could not sign out: ${caught.message}`
          : 'Could not sign out: Doable did not answer. Check your connection and try again.',
      );
    }
  }, [signedOut]);

  return { state, me, signOutError, refresh, signOut };
}
