import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditServiceSettings } from '@doable/audit-service';
import { notificationServiceSettings } from '@doable/notification-service';
import { recurringTaskServiceSettings } from '@doable/recurring-task-service';
import { nginxConfig, readRouteTable, WEBSOCKET_IDLE_TIMEOUT_SECONDS } from '@doable/stack';
import { backendSettings } from '@doable/todo-backend';
import { todoFrontendSettings } from '@doable/todo-frontend';
import { websocketServiceSettings } from '@doable/websocket-service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type ChartWorkspace,
  lintChart,
  type Manifest,
  parseManifests,
  prepareCharts,
  serviceCharts,
  templateChart,
  type ValueSet,
  valueSets,
} from './charts.ts';
import { validateManifests } from './kubernetes-schemas.ts';
import { helmDir } from './paths.ts';
import { ensureKubeTools, ensurePythonTools } from './tools.ts';

let ws: ChartWorkspace;
let outDir: string;
const rendered = new Map<string, Manifest[]>();
const renderedFiles: string[] = [];
const key = (chart: string, set: ValueSet) => `${chart}@${set}`;

beforeAll(() => {
  ws = prepareCharts(ensureKubeTools().helm);
  outDir = mkdtempSync(join(tmpdir(), 'doable-rendered-'));
  for (const chart of serviceCharts) {
    for (const set of Object.keys(valueSets) as ValueSet[]) {
      // The ServiceMonitor is rendered too, so its template is checked.
      const text = templateChart(ws, chart, set, [
        '--set',
        'metrics.serviceMonitor.enabled=true',
        '--set',
        'metrics.daprPodMonitor.enabled=true',
      ]);
      const file = join(outDir, `${key(chart, set)}.yaml`);
      writeFileSync(file, text);
      renderedFiles.push(file);
      rendered.set(key(chart, set), parseManifests(text));
    }
  }
});

afterAll(() => {
  ws?.dispose();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const find = (chart: string, set: ValueSet, kind: string) => rendered.get(key(chart, set))?.filter((m) => m.kind === kind) ?? [];
const one = (chart: string, set: ValueSet, kind: string) => {
  const found = find(chart, set, kind);
  expect(found, `${chart} (${set}) renders one ${kind}`).toHaveLength(1);
  return found[0] as Manifest;
};
const valuesOf = (chart: string, file: string) => parse(readFileSync(join(helmDir, chart, file), 'utf8'));
const allCases = serviceCharts.flatMap((chart) => (Object.keys(valueSets) as ValueSet[]).map((set) => [chart, set] as const));

describe('helm lint', () => {
  it.each(allCases)('%s passes helm lint --strict with %s values', (chart, set) => {
    expect(lintChart(ws, chart, set)).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
  });
});

describe('rendered manifests', () => {
  it('validate against the Kubernetes JSON schemas (strict: no unknown fields)', () => {
    const report = validateManifests(ensurePythonTools().kubernetesValidate, renderedFiles);
    expect(report.problems).toEqual([]);
    expect(report.exitCode).toBe(0);
    // Only the Prometheus Operator's monitors have no schema in the validator.
    expect(new Set(report.noSchema)).toEqual(new Set(['monitoring.coreos.com/v1/ServiceMonitor', 'monitoring.coreos.com/v1/PodMonitor']));
    expect(report.passed.length).toBeGreaterThanOrEqual(serviceCharts.length * 2 * 7);
  });

  it('the validator rejects a broken manifest (the check above can fail)', () => {
    const file = join(outDir, 'broken.yaml');
    writeFileSync(file, 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  replicas: "two"\n  selectorr: {}\n');
    const report = validateManifests(ensurePythonTools().kubernetesValidate, [file]);
    expect(report.exitCode).not.toBe(0);
    expect(report.problems.join('\n')).toMatch(/replicas|selectorr/);
  });

  it.each(allCases)('%s (%s): every kind a service needs is there', (chart, set) => {
    const kinds = new Set(rendered.get(key(chart, set))?.map((m) => m.kind));
    for (const kind of ['Deployment', 'Service', 'ServiceAccount', 'PodDisruptionBudget', 'NetworkPolicy', 'ConfigMap', 'ServiceMonitor']) {
      expect(kinds, `${chart} (${set}) has a ${kind}`).toContain(kind);
    }
    const autoscaled =
      (set === 'production' ? valuesOf(chart, 'values-production.yaml').autoscaling?.enabled : undefined) ??
      valuesOf(chart, 'values.yaml').autoscaling?.enabled;
    expect(kinds.has('HorizontalPodAutoscaler'), `${chart} (${set}) has an autoscaler when enabled`).toBe(autoscaled === true);
  });

  it.each(allCases)('%s (%s): Dapr sidecar annotations', (chart, set) => {
    const annotations = one(chart, set, 'Deployment').spec.template.metadata.annotations;
    expect(annotations).toMatchObject({
      'dapr.io/enabled': 'true',
      'dapr.io/app-id': chart,
      'dapr.io/app-port': '8080',
      'dapr.io/config': 'doable',
      'dapr.io/api-token-secret': 'dapr-api-token',
      'dapr.io/app-token-secret': 'app-api-token',
    });
    for (const name of ['cpu-request', 'memory-request', 'cpu-limit', 'memory-limit']) {
      expect(annotations[`dapr.io/sidecar-${name}`], `the sidecar's ${name}`).toBeTruthy();
    }
  });

  it.each(allCases)('%s (%s): probes, resources, non-root, read-only root, POD_NAME', (chart, set) => {
    const pod = one(chart, set, 'Deployment').spec.template.spec;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
    expect(pod.containers.length).toBeGreaterThan(0);
    for (const c of pod.containers) {
      expect(c.resources.limits.cpu && c.resources.limits.memory, `${c.name} has limits`).toBeTruthy();
      expect(c.resources.requests.cpu && c.resources.requests.memory, `${c.name} has requests`).toBeTruthy();
      expect(c.securityContext).toMatchObject({
        runAsNonRoot: true,
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      expect(c.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
      expect(c.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
      expect(c.startupProbe.httpGet.path).toBe('/healthz');
      const env = Object.fromEntries(c.env.map((e) => [e.name, e]));
      expect(env.POD_NAME?.valueFrom?.fieldRef?.fieldPath).toBe('metadata.name');
      expect(env.DAPR_HTTP_PORT?.value).toBe('3500');
      expect(env.PORT?.value).toBe('8080');
      // Secrets only by reference, never as values.
      for (const name of ['DATABASE_URL', 'DAPR_API_TOKEN', 'APP_API_TOKEN', 'VAPID_PRIVATE_KEY']) {
        if (env[name]) expect(env[name].valueFrom?.secretKeyRef, `${name} comes from a secret`).toBeDefined();
      }
      expect(c.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
    }
    expect(pod.volumes).toContainEqual({ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } });
  });

  it.each(serviceCharts.filter((c) => c !== 'todo-frontend'))('%s reads DATABASE_URL from db-secrets', (chart) => {
    const c = one(chart, 'production', 'Deployment').spec.template.spec.containers[0];
    const db = c.env.find((e) => e.name === 'DATABASE_URL');
    expect(db?.valueFrom?.secretKeyRef).toMatchObject({ name: 'db-secrets', key: 'connection-string' });
  });
});

describe("production values: the requirement's D3 numbers", () => {
  it('todo-backend: 2 replicas, 1000m/1Gi limits, 500m/512Mi requests, HPA 2–5 at 70% CPU', () => {
    expect(valuesOf('todo-backend', 'values-production.yaml')).toEqual({
      replicaCount: 2,
      resources: { limits: { cpu: '1000m', memory: '1Gi' }, requests: { cpu: '500m', memory: '512Mi' } },
      autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 5, targetCPUUtilization: 70 },
    });
    const container = one('todo-backend', 'production', 'Deployment').spec.template.spec.containers[0];
    expect(container.resources).toEqual({ limits: { cpu: '1000m', memory: '1Gi' }, requests: { cpu: '500m', memory: '512Mi' } });
    const hpa = one('todo-backend', 'production', 'HorizontalPodAutoscaler');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec).toMatchObject({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'todo-backend' },
      minReplicas: 2,
      maxReplicas: 5,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
    });
  });

  it('todo-frontend: 2 replicas, a LoadBalancer, 500m/512Mi limits, 250m/256Mi requests', () => {
    expect(valuesOf('todo-frontend', 'values-production.yaml')).toEqual({
      replicaCount: 2,
      service: { type: 'LoadBalancer' },
      resources: { limits: { cpu: '500m', memory: '512Mi' }, requests: { cpu: '250m', memory: '256Mi' } },
    });
    expect(one('todo-frontend', 'production', 'Deployment').spec.replicas).toBe(2);
    expect(one('todo-frontend', 'production', 'Service').spec.type).toBe('LoadBalancer');
    expect(one('todo-frontend', 'production', 'Deployment').spec.template.spec.containers[0].resources).toEqual({
      limits: { cpu: '500m', memory: '512Mi' },
      requests: { cpu: '250m', memory: '256Mi' },
    });
    // A LoadBalancer brings outside traffic straight to the pods: the NetworkPolicy lets it in.
    const policy = one('todo-frontend', 'production', 'NetworkPolicy');
    expect(policy.spec.ingress).toContainEqual({ ports: [{ port: 8080, protocol: 'TCP' }] });
  });

  it('the default values run one replica without an autoscaler', () => {
    for (const chart of serviceCharts) {
      expect(one(chart, 'default', 'Deployment').spec.replicas, chart).toBe(1);
      expect(find(chart, 'default', 'HorizontalPodAutoscaler'), chart).toEqual([]);
    }
  });
});

describe('ingress', () => {
  const pathsOf = (chart: string) =>
    find(chart, 'production', 'Ingress').flatMap((i) =>
      i.spec.rules.flatMap((r) => r.http.paths.map((p) => `${r.host}${p.path} → ${p.backend.service.name}:${p.backend.service.port.name}`)),
    );

  it('one host: / to the frontend, /ws to the WebSocket service, /api/v1/push to notifications, /docs, CalDAV and feeds to the backend', () => {
    expect(serviceCharts.flatMap(pathsOf).sort()).toEqual(
      [
        'todo.example.com/ → todo-frontend:http',
        'todo.example.com/ws → websocket-service:http',
        'todo.example.com/api/v1/push → notification-service:http',
        'todo.example.com/docs → todo-backend:http',
        'todo.example.com/dav → todo-backend:http',
        'todo.example.com/.well-known/caldav → todo-backend:http',
        'todo.example.com/feeds → todo-backend:http',
      ].sort(),
    );
  });

  it('every value set renders exactly the route table, and the local proxy routes the same paths to the same services', () => {
    const table = readRouteTable().map((r) => `${r.path} → ${r.service}`);
    for (const set of Object.keys(valueSets) as ValueSet[]) {
      const rendered = serviceCharts.flatMap((chart) =>
        find(chart, set, 'Ingress').flatMap((i) =>
          i.spec.rules.flatMap((r) => r.http.paths.map((p) => `${p.path} → ${p.backend.service.name}`)),
        ),
      );
      expect(rendered.sort(), set).toEqual([...table].sort());
    }
    // The proxy's configuration as `stack:up` writes it, one replica of each chart; each location back to its prefix.
    const config = nginxConfig({
      port: 7000,
      routes: readRouteTable(),
      upstreams: Object.fromEntries(serviceCharts.map((c, n) => [c, [7001 + n]])),
      dir: '/proxy',
    });
    const proxied = [...config.matchAll(/location (= )?(\S+) \{\n\s+proxy_pass http:\/\/([\w-]+);/g)].map(
      ([, exact, location = '', upstream]) => `${exact || location === '/' ? location : location.replace(/\/$/, '')} → ${upstream}`,
    );
    // Each path but the root twice: the path itself (`= /ws`) and what is below it (`/ws/`), as an Ingress Prefix path.
    expect([...new Set(proxied)].sort()).toEqual([...table].sort());
    expect(proxied).toHaveLength(table.length * 2 - 1);
  });

  it('each WebSocket route keeps idle sockets open for an hour (past the controller default), in production and through the local proxy', () => {
    const websocketCharts = readRouteTable()
      .filter((r) => r.websocket)
      .map((r) => r.service);
    expect(websocketCharts).toEqual(['websocket-service']);
    for (const chart of websocketCharts) {
      expect(one(chart, 'production', 'Ingress').metadata.annotations).toMatchObject({
        'nginx.ingress.kubernetes.io/proxy-read-timeout': String(WEBSOCKET_IDLE_TIMEOUT_SECONDS),
        'nginx.ingress.kubernetes.io/proxy-send-timeout': String(WEBSOCKET_IDLE_TIMEOUT_SECONDS),
      });
    }
  });

  it('services without public paths have no Ingress and accept no traffic on the app port from outside the mesh', () => {
    for (const chart of ['recurring-task-service', 'audit-service']) {
      expect(find(chart, 'production', 'Ingress')).toEqual([]);
      const rules = one(chart, 'production', 'NetworkPolicy').spec.ingress;
      const appPortSources = rules.filter((r) => r.ports.some((p) => p.port === 8080)).flatMap((r) => r.from ?? ['anywhere']);
      expect(appPortSources).toEqual([{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }]);
    }
  });
});

describe('Prometheus Operator monitors (behind values switches)', () => {
  it.each(serviceCharts)("%s: the app's /metrics and the sidecar's dapr-metrics port", (chart) => {
    const selector = one(chart, 'production', 'Deployment').spec.selector.matchLabels;
    expect(one(chart, 'production', 'ServiceMonitor').spec).toMatchObject({
      selector: { matchLabels: selector },
      endpoints: [{ port: 'http', path: '/metrics' }],
    });
    expect(one(chart, 'production', 'PodMonitor').spec).toMatchObject({
      selector: { matchLabels: selector },
      podMetricsEndpoints: [{ port: 'dapr-metrics' }],
    });
  });

  it('are off unless switched on', () => {
    expect(lintChart(ws, 'todo-backend', 'production')).toContain('0 chart(s) failed');
    const plain = parseManifests(templateChart(ws, 'todo-backend', 'production')).map((m) => m.kind);
    expect(plain).not.toContain('ServiceMonitor');
    expect(plain).not.toContain('PodMonitor');
  });
});

describe('secrets through the Dapr secret store', () => {
  it('only the backend may read doable-secrets, and only that secret', () => {
    const role = one('todo-backend', 'production', 'Role');
    expect(role.rules).toEqual([{ apiGroups: [''], resources: ['secrets'], resourceNames: ['doable-secrets'], verbs: ['get'] }]);
    for (const chart of serviceCharts.filter((c) => c !== 'todo-backend')) expect(find(chart, 'production', 'Role'), chart).toEqual([]);
  });
});

describe('settings the charts pass are settings the services read', () => {
  // Each service's zod object of environment variables; a setting is required when it cannot be left out.
  const settingsOf: Record<string, { shape: Record<string, { safeParse(value: unknown): { success: boolean } }> }> = {
    'audit-service': auditServiceSettings,
    'notification-service': notificationServiceSettings,
    'recurring-task-service': recurringTaskServiceSettings,
    'todo-backend': backendSettings,
    'todo-frontend': todoFrontendSettings,
    'websocket-service': websocketServiceSettings,
  };

  it('every service chart has its settings schema', () => {
    expect(Object.keys(settingsOf).sort()).toEqual([...serviceCharts].sort());
  });

  it.each(serviceCharts)('%s: passes only settings it reads, and every one it requires', (chart) => {
    const settings = settingsOf[chart];
    if (!settings) throw new Error(`no settings schema for ${chart}`);
    const env = one(chart, 'production', 'Deployment').spec.template.spec.containers[0].env.map((e: { name: string }) => e.name);
    const config = Object.keys(one(chart, 'production', 'ConfigMap').data ?? {});
    // POD_NAME and POD_NAMESPACE are for the Dapr sidecar (`{podName}` in the broadcast pub/sub's consumer group).
    const passed = [...env, ...config].filter((name) => !['POD_NAME', 'POD_NAMESPACE'].includes(name));
    const read = Object.keys(settings.shape);
    for (const name of passed) expect(read, `${chart} reads ${name}`).toContain(name);
    // APP_API_TOKEN is required unless a local run opts out, which production never does.
    const required = read.filter((name) => name === 'APP_API_TOKEN' || !settings.shape[name]?.safeParse(undefined).success);
    for (const name of required) expect(passed, `${chart} gets ${name}`).toContain(name);
  });
});
