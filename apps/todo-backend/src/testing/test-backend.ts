import { createLogger } from '@doable/platform';
import type { Kysely } from 'kysely';
import type { BackendOptions } from '../backend.ts';

/**
 * Options for a backend under test on `db`: no event bus, no history, silent logs, loopback origins, and loopback
 * trusted as a proxy so each signed-up test user can come from a client address of its own.
 */
export function testBackendOptions(db: Kysely<unknown>, overrides: Partial<BackendOptions> = {}): BackendOptions {
  return {
    db,
    publisher: { publish: async () => {} },
    history: { listTaskHistory: async () => [] },
    logger: createLogger({ name: 'test', level: 'silent' }),
    authSecret: 'test-secret-0123456789abcdef0123456789abcdef',
    baseUrl: 'http://127.0.0.1',
    trustedOrigins: ['http://127.0.0.1:*'],
    trustedProxies: ['127.0.0.1', '::1'],
    ...overrides,
  };
}
