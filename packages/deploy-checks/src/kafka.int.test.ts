import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOPICS } from '@doable/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { helmRun, type Manifest, parseManifests } from './charts.ts';
import { validateManifests } from './kubernetes-schemas.ts';
import { helmDir, k8sDir } from './paths.ts';
import { ensureKubeTools, ensurePythonTools } from './tools.ts';

const chart = join(helmDir, 'doable-kafka');
let helm: string;
let kubectl: string;
let outDir: string;

beforeAll(() => {
  ({ helm, kubectl } = ensureKubeTools());
  outDir = mkdtempSync(join(tmpdir(), 'doable-kafka-'));
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const render = (...sets: string[]) =>
  parseManifests(helmRun(helm, ['template', 'doable-kafka', chart, '--namespace', 'doable', ...sets.flatMap((s) => ['--set', s])]));
const kustomize = (dir: string) => parseManifests(execFileSync(kubectl, ['kustomize', join(k8sDir, dir)], { encoding: 'utf8' }));
const metadataOf = (component: Manifest) => Object.fromEntries(component.spec.metadata.map((m) => [m.name, m]));

describe('Kafka: Redpanda Cloud by default, Strimzi in the cluster by a values switch', () => {
  it('passes helm lint --strict in both modes', () => {
    expect(helmRun(helm, ['lint', '--strict', chart])).toContain('0 chart(s) failed');
    expect(helmRun(helm, ['lint', '--strict', chart, '--set', 'provider=strimzi'])).toContain('0 chart(s) failed');
  });

  it('Redpanda Cloud: renders nothing by default, or the kafka-secrets the components read, from the requirement’s variables', () => {
    expect(render()).toEqual([]);
    const [secret, ...rest] = render(
      'kafkaSecret.create=true',
      'kafkaSecret.bootstrapServers=seed.cloud.redpanda.com:9092',
      'kafkaSecret.username=u',
      'kafkaSecret.password=p',
    );
    expect(rest).toEqual([]);
    expect(secret).toMatchObject({
      kind: 'Secret',
      metadata: { name: 'kafka-secrets' },
      stringData: { 'bootstrap-servers': 'seed.cloud.redpanda.com:9092', username: 'u', password: 'p' },
    });
    expect(() => render('kafkaSecret.create=true')).toThrow(/KAFKA_BOOTSTRAP_SERVERS/);
  });

  it('Strimzi: a KRaft cluster with a TLS + SCRAM-SHA-512 listener, the user, and every topic with its -dlq', () => {
    const manifests = render('provider=strimzi');
    const kinds = manifests.map((m) => `${m.kind}/${m.metadata.name}`);
    const topics = Object.values(TOPICS).flatMap((t) => [t, `${t}-dlq`]);
    expect(kinds.sort()).toEqual(
      ['Kafka/doable-kafka', 'KafkaNodePool/dual-role', 'KafkaUser/doable', ...topics.map((t) => `KafkaTopic/${t}`)].sort(),
    );
    const kafka = manifests.find((m) => m.kind === 'Kafka') as Manifest;
    expect(kafka.spec.kafka.listeners).toEqual([
      { name: 'tls', port: 9093, type: 'internal', tls: true, authentication: { type: 'scram-sha-512' } },
    ]);
    expect(kafka.spec.kafka.config['auto.create.topics.enable']).toBe(false);
    const user = manifests.find((m) => m.kind === 'KafkaUser') as Manifest;
    expect(user.spec.authentication).toEqual({
      type: 'scram-sha-512',
      password: { valueFrom: { secretKeyRef: { name: 'kafka-secrets', key: 'password' } } },
    });
    const [secret] = render('provider=strimzi', 'kafkaSecret.create=true', 'kafkaSecret.password=p').filter((m) => m.kind === 'Secret');
    expect(secret?.stringData).toEqual({
      'bootstrap-servers': 'doable-kafka-kafka-bootstrap.doable.svc:9093',
      username: 'doable',
      password: 'p',
    });
  });

  it('the core manifests in both modes validate against the Kubernetes schemas (Strimzi kinds are custom resources)', () => {
    const file = join(outDir, 'kafka.yaml');
    writeFileSync(
      file,
      helmRun(helm, [
        'template',
        'doable-kafka',
        chart,
        '--set',
        'provider=strimzi',
        '--set',
        'kafkaSecret.create=true',
        '--set',
        'kafkaSecret.password=p',
      ]),
    );
    const report = validateManifests(ensurePythonTools().kubernetesValidate, [file]);
    expect(report.problems).toEqual([]);
    expect(report.passed).toEqual(['secret/kafka-secrets']);
    expect(new Set(report.noSchema)).toEqual(
      new Set([
        'kafka.strimzi.io/v1beta2/Kafka',
        'kafka.strimzi.io/v1beta2/KafkaNodePool',
        'kafka.strimzi.io/v1beta2/KafkaUser',
        'kafka.strimzi.io/v1beta2/KafkaTopic',
      ]),
    );
  });
});

describe('Dapr resources as production applies them (kubectl apply -k)', () => {
  it('k8s/dapr: exactly the committed component and configuration files, unchanged', () => {
    const committed = [
      ...readdirSync(join(k8sDir, 'dapr', 'components')).map((f) => join('components', f)),
      'config/config.yaml',
      'config/resiliency.yaml',
    ].flatMap((f) => parseAllDocuments(readFileSync(join(k8sDir, 'dapr', f), 'utf8')).map((d) => d.toJS()));
    const key = (m: Manifest) => `${m.kind}/${m.metadata.name}`;
    const applied = kustomize('dapr');
    expect(applied.map(key).sort()).toEqual(committed.map(key).sort());
    for (const m of applied) expect(m).toEqual(committed.find((c) => key(c) === key(m)));
  });

  it('the Strimzi overlay changes only the SCRAM mechanism and adds the cluster CA, on both Kafka components', () => {
    const base = kustomize('dapr');
    const overlay = kustomize('overlays/dapr-strimzi');
    expect(overlay.map((m) => m.metadata.name)).toEqual(base.map((m) => m.metadata.name));
    for (const name of ['kafka-pubsub', 'kafka-pubsub-broadcast']) {
      const before = metadataOf(base.find((m) => m.metadata.name === name) as Manifest);
      const after = metadataOf(overlay.find((m) => m.metadata.name === name) as Manifest);
      expect(after.saslMechanism?.value).toBe('SHA-512');
      expect(after.caCert).toEqual({ name: 'caCert', secretKeyRef: { name: 'doable-kafka-cluster-ca-cert', key: 'ca.crt' } });
      const { saslMechanism: _a, caCert: _b, ...restAfter } = after;
      const { saslMechanism: _c, ...restBefore } = before;
      expect(restAfter).toEqual(restBefore);
    }
    const others = (ms: Manifest[]) => ms.filter((m) => !m.metadata.name.startsWith('kafka-pubsub'));
    expect(others(overlay)).toEqual(others(base));
  });

  it('the Dapr control plane is installed with mTLS on', () => {
    const values = parse(readFileSync(join(k8sDir, 'dapr', 'control-plane-values.yaml'), 'utf8'));
    expect(values.global.mtls.enabled).toBe(true);
  });
});
