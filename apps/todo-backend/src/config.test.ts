import { ConfigError } from '@doable/platform';
import { describe, expect, it } from 'vitest';
import { loadBackendConfig } from './config.ts';

const env = { DATABASE_URL: 'postgres://doable@127.0.0.1:5432/doable', PUBLIC_URL: 'https://todo.example.com' };

describe('the backend’s distributed settings', () => {
  it('refuse to start without APP_API_TOKEN, which guards /internal/* and /reminder-cron', () => {
    expect(() => loadBackendConfig(env)).toThrow(ConfigError);
    expect(() => loadBackendConfig(env)).toThrow(/APP_API_TOKEN/);
  });

  it('carry the app token, or the explicit opt-out of a local experiment', () => {
    expect(loadBackendConfig({ ...env, APP_API_TOKEN: 'the-app-token' }).appToken).toEqual({ token: 'the-app-token' });
    expect(loadBackendConfig({ ...env, APP_API_TOKEN_OPTIONAL: 'true' }).appToken).toEqual({ optional: true });
  });

  it('read the proxies whose X-Forwarded-For names the client, none by default', () => {
    const withToken = { ...env, APP_API_TOKEN: 'the-app-token' };
    expect(loadBackendConfig(withToken).trustedProxies).toEqual([]);
    expect(loadBackendConfig({ ...withToken, TRUSTED_PROXIES: '127.0.0.1,::1,10.0.0.0/8' }).trustedProxies).toEqual([
      '127.0.0.1',
      '::1',
      '10.0.0.0/8',
    ]);
    expect(() => loadBackendConfig({ ...withToken, TRUSTED_PROXIES: 'the-ingress' })).toThrow(/TRUSTED_PROXIES/);
  });

  it('read how long a verified session or API key is believed: 10 s by default, 0 to check every request, at most 300 s', () => {
    const withToken = { ...env, APP_API_TOKEN: 'the-app-token' };
    expect(loadBackendConfig(withToken).sessionCacheMs).toBe(10_000);
    expect(loadBackendConfig({ ...withToken, SESSION_CACHE_SECONDS: '0' }).sessionCacheMs).toBe(0);
    expect(loadBackendConfig({ ...withToken, SESSION_CACHE_SECONDS: '30' }).sessionCacheMs).toBe(30_000);
    for (const bad of ['301', '-1', '2.5', 'soon']) {
      expect(() => loadBackendConfig({ ...withToken, SESSION_CACHE_SECONDS: bad }), bad).toThrow(/SESSION_CACHE_SECONDS/);
    }
  });
});
