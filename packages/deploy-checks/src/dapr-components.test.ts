import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBSUB } from '@doable/platform';
import { writeLocalDaprResources } from '@doable/stack';
import { backendSettings, CONVERSATION_STATE_STORE, REMINDER_CRON_BINDING } from '@doable/todo-backend';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { k8sDir } from './paths.ts';

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

describe('Dapr components (k8s/dapr/components: what production applies and the test stack derives its copy from)', () => {
  it('every component and secret store name the code uses exists, with the type the code expects', () => {
    const expected: Record<string, string> = {
      [PUBSUB.shared]: 'pubsub.kafka',
      [PUBSUB.broadcast]: 'pubsub.kafka',
      [CONVERSATION_STATE_STORE]: 'state.postgresql',
      [backendSettings.shape.SECRET_STORE.parse(undefined)]: 'secretstores.kubernetes',
      [REMINDER_CRON_BINDING]: 'bindings.cron',
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
    const dir = mkdtempSync(join(tmpdir(), 'doable-dapr-'));
    try {
      const { resourcesDir } = writeLocalDaprResources({ dir, secrets: {} });
      const local = readdirSync(resourcesDir)
        .filter((f) => f !== 'resiliency.yaml')
        .flatMap((f) => parseAllDocuments(readFileSync(join(resourcesDir, f), 'utf8')).map((d) => d.toJS() as Resource));
      // The same components, each of the committed type, except the secret store, which becomes a local file.
      expect(local.map((c) => c.metadata.name).sort()).toEqual([...byName.keys()].sort());
      for (const c of local) {
        const committed = byName.get(c.metadata.name)?.spec.type;
        expect(c.spec.type, c.metadata.name).toBe(committed === 'secretstores.kubernetes' ? 'secretstores.local.file' : committed);
        expect(c.scopes, c.metadata.name).toEqual(byName.get(c.metadata.name)?.scopes);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the Configuration every chart's dapr.io/config names exists, with metrics and tracing", () => {
    const config = parseAllDocuments(readFileSync(join(k8sDir, 'dapr', 'config', 'config.yaml'), 'utf8'))[0]?.toJS() as Resource;
    expect(config.kind).toBe('Configuration');
    expect(config.metadata.name).toBe('doable');
    expect(config.spec).toMatchObject({ metric: { enabled: true }, tracing: {} });
  });
});
