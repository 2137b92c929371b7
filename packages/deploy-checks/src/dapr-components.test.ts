import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { k8sDir, repoRoot } from './paths.ts';

interface Resource {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: {
    type?: string;
    metadata?: { name: string; value?: string; secretKeyRef?: { name: string; key: string } }[];
    [k: string]: unknown;
  };
  scopes?: string[];
}

const componentsDir = join(k8sDir, 'dapr', 'components');
const components = readdirSync(componentsDir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parseAllDocuments(readFileSync(join(componentsDir, f), 'utf8')).map((d) => d.toJS() as Resource));
const byName = new Map(components.map((c) => [c.metadata.name, c]));
const source = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

describe('Dapr components (k8s/dapr/components: what production applies and the test stack derives its copy from)', () => {
  it('every component and secret store name the code uses exists, with the type the code expects', () => {
    const subscriber = source('packages/platform/src/dapr/dapr-subscriber.ts');
    const pubsubs = subscriber.match(/PUBSUB = \{ shared: '([^']+)', broadcast: '([^']+)' \}/);
    expect(pubsubs, 'dapr-subscriber.ts names its pub/sub components in PUBSUB').not.toBeNull();
    const publisher = source('packages/platform/src/dapr/dapr-publisher.ts').match(/pubsub = '([^']+)'/)?.[1];
    const stateStore = source('apps/todo-backend/src/chat/dapr-conversation-store.ts').match(/storeName \?\? '([^']+)'/)?.[1];
    const secretStore = source('apps/todo-backend/src/config.ts').match(/SECRET_STORE: .*default\('([^']+)'\)/)?.[1];
    const binding = source('apps/todo-backend/src/reminders/reminder-cron-route.ts').match(/scope\.post\('\/([^']+)'/)?.[1];
    const expected: Record<string, string> = {
      [pubsubs?.[1] ?? 'missing-shared']: 'pubsub.kafka',
      [pubsubs?.[2] ?? 'missing-broadcast']: 'pubsub.kafka',
      [publisher ?? 'missing-publisher']: 'pubsub.kafka',
      [stateStore ?? 'missing-statestore']: 'state.postgresql',
      [secretStore ?? 'missing-secretstore']: 'secretstores.kubernetes',
      [binding ?? 'missing-binding']: 'bindings.cron',
    };
    expect(Object.keys(expected).sort()).toEqual([
      'kafka-pubsub',
      'kafka-pubsub-broadcast',
      'kubernetes-secrets',
      'reminder-cron',
      'statestore',
    ]);
    for (const [name, type] of Object.entries(expected)) expect(byName.get(name)?.spec.type, name).toBe(type);
  });

  it('holds no secret inline: credentials and connection strings are secretKeyRefs', () => {
    for (const c of components) {
      for (const m of c.spec.metadata ?? []) {
        if (/password|username|brokers|connectionString|token|key$/i.test(m.name)) {
          expect(m.secretKeyRef, `${c.metadata.name}.${m.name} comes from a secret`).toBeDefined();
          expect(m.value, `${c.metadata.name}.${m.name} has no inline value`).toBeUndefined();
        }
      }
    }
  });

  it('Kafka is SASL/SCRAM over TLS (Redpanda Cloud), and every Kafka secret the charts document is referenced', () => {
    for (const name of ['kafka-pubsub', 'kafka-pubsub-broadcast']) {
      const meta = Object.fromEntries((byName.get(name)?.spec.metadata ?? []).map((m) => [m.name, m]));
      expect(meta.authType?.value).toBe('password');
      expect(meta.saslMechanism?.value).toMatch(/^SHA-(256|512)$/);
      expect(meta.disableTls).toBeUndefined();
      expect([meta.brokers, meta.saslUsername, meta.saslPassword].map((m) => m?.secretKeyRef)).toEqual([
        { name: 'kafka-secrets', key: 'bootstrap-servers' },
        { name: 'kafka-secrets', key: 'username' },
        { name: 'kafka-secrets', key: 'password' },
      ]);
    }
  });

  it('components are scoped to the apps that use them, and every scope is a chart', () => {
    const charts = readdirSync(join(k8sDir, 'helm')).filter((d) => d !== 'doable-lib' && !d.startsWith('.'));
    expect(byName.get('statestore')?.scopes).toEqual(['todo-backend']);
    expect(byName.get('reminder-cron')?.scopes).toEqual(['todo-backend']);
    expect(byName.get('kafka-pubsub-broadcast')?.scopes).toEqual(['websocket-service']);
    for (const c of components) for (const scope of c.scopes ?? []) expect(charts, `${c.metadata.name} scope ${scope}`).toContain(scope);
  });

  it('the stack derives its local copy from these same files (one source of truth)', () => {
    expect(source('packages/stack/src/dapr-resources.ts')).toContain("join(repoRoot, 'k8s', 'dapr', 'components')");
  });

  it("the Configuration every chart's dapr.io/config names exists, with metrics and tracing", () => {
    const config = parseAllDocuments(readFileSync(join(k8sDir, 'dapr', 'config', 'config.yaml'), 'utf8'))[0]?.toJS() as Resource;
    expect(config.kind).toBe('Configuration');
    expect(config.metadata.name).toBe('doable');
    expect(config.spec).toMatchObject({ metric: { enabled: true }, tracing: {} });
  });
});
