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
});
