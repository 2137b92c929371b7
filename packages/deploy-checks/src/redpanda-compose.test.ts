import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPICS } from '@doable/contracts';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { k8sDir } from './paths.ts';

// No Docker here: the file is checked for structure; docs/deploy.md says how to run it.
const compose = parse(readFileSync(join(k8sDir, 'docker-compose.redpanda.yml'), 'utf8'));

describe('k8s/docker-compose.redpanda.yml', () => {
  it('runs Redpanda, its console and a one-shot topic service, images pinned', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['console', 'redpanda', 'topics']);
    for (const [name, service] of Object.entries<{ image: string }>(compose.services)) {
      expect(service.image, name).toMatch(/^docker\.redpanda\.com\/redpandadata\/(redpanda|console):v\d+\.\d+\.\d+$/);
    }
    expect(compose.services.redpanda.ports).toContain('19092:19092');
    expect(compose.services.redpanda.healthcheck.test.join(' ')).toContain('rpk cluster health');
  });

  it('creates every topic the code publishes to, and each one’s dead-letter topic, after the broker is healthy', () => {
    const topics = compose.services.topics;
    expect(topics.depends_on).toEqual({ redpanda: { condition: 'service_healthy' } });
    expect(topics.restart).toBe('no');
    const script: string = topics.command.join('\n');
    const created = script.match(/for topic in ([^;]+); do\s+rpk topic create/)?.[1]?.split(/\s+/) ?? [];
    const expected = Object.values(TOPICS).flatMap((t) => [t, `${t}-dlq`]);
    expect(created.sort()).toEqual(expected.sort());
  });

  it('turns on SASL/SCRAM-SHA-256 like the committed Kafka component, and the console logs in with it', () => {
    const script: string = compose.services.topics.command.join('\n');
    expect(script).toContain('--mechanism SCRAM-SHA-256');
    expect(script).toContain('enable_sasl true');
    expect(compose.services.console.depends_on).toEqual({ topics: { condition: 'service_completed_successfully' } });
    expect(compose.services.console.environment).toMatchObject({ KAFKA_SASL_ENABLED: 'true', KAFKA_SASL_MECHANISM: 'SCRAM-SHA-256' });
    const component = readFileSync(join(k8sDir, 'dapr', 'components', 'kafka-pubsub.yaml'), 'utf8');
    expect(component).toMatch(/name: saslMechanism\s+value: SHA-256/);
  });

  it('escapes shell variables from Compose interpolation', () => {
    const script: string = compose.services.topics.command.join('\n');
    expect(script.match(/(?<!\$)\$(?!\$)[A-Za-z{(]/g) ?? []).toEqual([]);
  });
});
