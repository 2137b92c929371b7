import { describe, expect, it, vi } from 'vitest';
import { forgetLegacyToken, LEGACY_TOKEN_KEY } from './legacy-token.ts';

function memoryStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

describe('a bearer token left in localStorage by an earlier version', () => {
  it('is removed, and its session ended with the token itself (not this browser’s cookie)', async () => {
    const storage = memoryStorage({ [LEGACY_TOKEN_KEY]: 'old-token', 'doable.notifications': 'off' });
    const send = vi.fn<typeof fetch>(async () => new Response('{"success":true}'));
    await forgetLegacyToken(storage, send);
    expect(storage.getItem(LEGACY_TOKEN_KEY)).toBeNull();
    expect(storage.getItem('doable.notifications')).toBe('off');
    expect(send).toHaveBeenCalledOnce();
    const [url, init] = send.mock.calls[0]!;
    expect(url).toBe('/api/auth/sign-out');
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { authorization: 'Bearer old-token' } });
  });

  it('is removed even when the server cannot be reached', async () => {
    const storage = memoryStorage({ [LEGACY_TOKEN_KEY]: 'old-token' });
    await forgetLegacyToken(storage, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(storage.getItem(LEGACY_TOKEN_KEY)).toBeNull();
  });

  it('costs nothing when there is none', async () => {
    const send = vi.fn<typeof fetch>();
    await forgetLegacyToken(memoryStorage(), send);
    expect(send).not.toHaveBeenCalled();
  });
});
