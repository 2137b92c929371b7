import type { PeerSubscription, WebPushPeer } from '@doable/test-kit';
import { serviceUrl } from './distributed-stack.ts';

export { startWebPushPeer, type WebPushPeer } from '@doable/test-kit';

/** A browser of the user with `token`: subscribed at the peer with notification-service's VAPID key, and registered there. */
export async function subscribeBrowser(
  peer: WebPushPeer,
  token: string,
  notifications = serviceUrl('notification-service-0'),
): Promise<PeerSubscription> {
  const keyResponse = await fetch(`${notifications}/api/v1/push/public-key`);
  if (!keyResponse.ok) throw new Error(`public key: ${keyResponse.status}`);
  const { public_key } = (await keyResponse.json()) as { public_key: string };
  const browser = await peer.subscribe(public_key);
  const subscribed = await fetch(`${notifications}/api/v1/push/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ endpoint: browser.endpoint, keys: browser.keys }),
  });
  if (subscribed.status !== 201) throw new Error(`subscribe: ${subscribed.status} ${await subscribed.text()}`);
  return browser;
}
