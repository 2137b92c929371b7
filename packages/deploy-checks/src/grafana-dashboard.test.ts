import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, createMetrics, createServiceServer } from '@doable/platform';
import { describe, expect, it } from 'vitest';
import { k8sDir } from './paths.ts';

interface Panel {
  title: string;
  targets: { expr: string }[];
}
const dashboard = JSON.parse(readFileSync(join(k8sDir, 'monitoring', 'grafana-dashboard.json'), 'utf8'));
const exprs: string[] = dashboard.panels.flatMap((p: Panel) => p.targets.map((t) => t.expr));

/**
 * What a Doable service's /metrics really exposes: name → label names seen. The service has published, consumed
 * and fired a reminder once, and watches the outbox as the todo-backend does, so every Doable metric has samples.
 */
async function exposedMetrics(): Promise<Map<string, Set<string>>> {
  const counted = createMetrics();
  counted.watchOutbox({ pending: async () => 0, oldestPendingSeconds: async () => 0 });
  counted.eventPublished('task-events');
  counted.eventConsumed({ consumer: 'audit-service', topic: 'task-events' }, 'handled', 0.01);
  counted.reminderFired(0.1);
  const app = createServiceServer({
    name: 'dashboard-check',
    logger: createLogger({ name: 'dashboard-check', level: 'silent' }),
    metrics: counted,
  });
  await app.ready();
  await app.inject({ method: 'GET', url: '/healthz' });
  const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
  await app.close();
  const metrics = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    // Declared metrics count even before their first sample (the GC histogram fills after a collection).
    const declared = line.match(/^# TYPE (\S+) (histogram|summary|counter|gauge)/);
    if (declared?.[1]) {
      const suffixes =
        declared[2] === 'histogram' ? ['_bucket', '_sum', '_count'] : declared[2] === 'summary' ? ['', '_sum', '_count'] : [''];
      for (const suffix of suffixes) if (!metrics.has(declared[1] + suffix)) metrics.set(declared[1] + suffix, new Set());
      continue;
    }
    const m = line.match(/^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{([^}]*)\})? /);
    if (!m?.[1]) continue;
    const labels = metrics.get(m[1]) ?? new Set<string>();
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) labels.add(pair.split('=')[0] ?? '');
    metrics.set(m[1], labels);
  }
  return metrics;
}

describe('k8s/monitoring/grafana-dashboard.json', () => {
  it('queries only metrics and labels a service really exposes at /metrics', async () => {
    const exposed = await exposedMetrics();
    const used = new Set(exprs.flatMap((e) => [...e.matchAll(/([a-z_:][a-z0-9_:]*)\{/g)].map((m) => m[1] as string)));
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(exposed.has(name), `${name} is exposed`).toBe(true);
    for (const e of exprs) {
      for (const [, name, body] of e.matchAll(/([a-z_:][a-z0-9_:]*)\{([^}]*)\}/g)) {
        const seen = exposed.get(name ?? '') ?? new Set<string>();
        // Only the garbage-collection histogram may lack samples here (it fills after a collection); every other
        // metric has samples, so its labels are checked. `service` is every metric's default label.
        if (seen.size === 0) {
          expect(name, `${name} has samples`).toMatch(/^nodejs_gc_duration_seconds_/);
          continue;
        }
        for (const label of [...(body ?? '').matchAll(/([a-z_]+)\s*=~?/g)].map((m) => m[1])) {
          expect(seen.has(label ?? ''), `${name} has the label ${label}`).toBe(true);
        }
      }
    }
  });

  it('covers rate, errors and latency per service and route, and the Node process', () => {
    const all = exprs.join('\n');
    expect(all).toContain('rate(http_request_duration_seconds_count');
    expect(all).toContain('status_code=~"5.."');
    expect(all).toContain('histogram_quantile(0.95, sum by (service, method, route, le)');
    expect(all).toContain('process_resident_memory_bytes');
    expect(all).toContain('nodejs_eventloop_lag_p99_seconds');
  });

  it("charts Doable's own metrics: events published and consumed, outbox lag, reminder lateness", () => {
    const all = exprs.join('\n');
    expect(all).toContain('sum by (topic) (rate(doable_events_published_total');
    expect(all).toContain('sum by (consumer, topic, outcome) (rate(doable_events_consumed_total');
    expect(all).toContain('doable_outbox_pending{');
    expect(all).toContain('doable_outbox_oldest_pending_seconds{');
    expect(all).toContain('histogram_quantile(0.99, sum by (le) (rate(doable_reminder_lateness_seconds_bucket');
  });

  it('is importable: unique panel ids, a Prometheus data source variable, no fixed data source uid', () => {
    const ids = dashboard.panels.map((p: { id: number }) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(dashboard.templating.list.find((v: { name: string }) => v.name === 'datasource')).toMatchObject({
      type: 'datasource',
      query: 'prometheus',
    });
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Grafana's variable syntax
    for (const p of dashboard.panels) expect(p.datasource.uid).toBe('${datasource}');
  });
});
