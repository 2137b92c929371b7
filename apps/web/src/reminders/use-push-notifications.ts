import { useCallback, useEffect, useState } from 'react';
import { isPushSupported, registerServiceWorker, subscribeToPush, unsubscribeFromPush } from './push-subscription.ts';

/**
 * `on`: this browser gets reminders as system notifications; `off`: not asked yet or turned off; `denied`: blocked
 * in the browser's settings; `unavailable`: allowed, but subscribing failed (e.g. no push service reachable);
 * `unsupported`: no service worker or Push API here; `working`: asking or subscribing.
 */
export type PushState = 'on' | 'off' | 'denied' | 'unavailable' | 'unsupported' | 'working';

export interface PushNotifications {
  state: PushState;
  /** Why the last attempt failed, to show beside the bell. */
  problem: string | undefined;
  /** Asks for permission (call from a click) and subscribes. */
  enable: () => Promise<void>;
  /** Unsubscribes and remembers that the user turned notifications off. */
  disable: () => Promise<void>;
  /** Asks once, if never answered and never turned off: for the moment the user sets a reminder. */
  offer: () => void;
}

const PREFERENCE_KEY = 'doable.notifications';
const OFFERED_KEY = 'doable.notifications.offered';
const isTurnedOff = () => localStorage.getItem(PREFERENCE_KEY) === 'off';

/** Web Push for the signed-in user; signing out goes through `unsubscribeFromPush` (the preference stays). */
export function usePushNotifications(signedIn: boolean): PushNotifications {
  const supported = isPushSupported();
  const [state, setState] = useState<PushState>(supported ? 'off' : 'unsupported');
  const [problem, setProblem] = useState<string>();

  const subscribe = useCallback(async () => {
    setState('working');
    try {
      await subscribeToPush();
      localStorage.removeItem(PREFERENCE_KEY);
      setProblem(undefined);
      setState('on');
    } catch (caught) {
      const reason = caught instanceof Error ? caught.message : String(caught);
      setProblem(`This browser could not subscribe to push notifications (${reason}). Reminders still show here while Doable is open.`);
      setState('unavailable');
    }
  }, []);

  // Once permission was given, keep this browser subscribed under whoever is signed in, without asking again.
  useEffect(() => {
    if (!signedIn || !supported) return;
    void registerServiceWorker().catch(() => {});
    if (Notification.permission === 'denied') setState('denied');
    else if (Notification.permission === 'granted' && !isTurnedOff()) void subscribe();
    else setState('off');
  }, [signedIn, supported, subscribe]);

  const enable = useCallback(async () => {
    if (!supported) return;
    setState('working');
    const permission = await Notification.requestPermission();
    if (permission === 'granted') return subscribe();
    if (permission === 'denied') {
      setProblem('Notifications are blocked for Doable in this browser’s site settings. Reminders still show here while Doable is open.');
      setState('denied');
    } else {
      setState('off');
    }
  }, [supported, subscribe]);

  const disable = useCallback(async () => {
    localStorage.setItem(PREFERENCE_KEY, 'off');
    setProblem(undefined);
    setState('working');
    try {
      await unsubscribeFromPush();
    } finally {
      setState('off');
    }
  }, []);

  // Once only: someone who closed the prompt without answering is not asked again on every reminder (the bell still can).
  const offer = useCallback(() => {
    if (!supported || Notification.permission !== 'default' || isTurnedOff() || localStorage.getItem(OFFERED_KEY)) return;
    localStorage.setItem(OFFERED_KEY, '1');
    void enable();
  }, [supported, enable]);

  return { state, problem, enable, disable, offer };
}
