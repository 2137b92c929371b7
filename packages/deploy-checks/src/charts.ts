import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { helmDir } from './paths.ts';

/** One chart per deployable service (Helm release name = chart name = Dapr app id). */
export const serviceCharts = [
  'todo-backend',
  'todo-frontend',
  'notification-service',
  'recurring-task-service',
  'audit-service',
  'websocket-service',
] as const;
export type ServiceChart = (typeof serviceCharts)[number];

/** The values files a release is installed with: defaults alone, or defaults plus production. */
export const valueSets = { default: ['values.yaml'], production: ['values.yaml', 'values-production.yaml'] } as const;
export type ValueSet = keyof typeof valueSets;

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  /** Read only where the kind has it: a Deployment's template, an Ingress's rules, a Component's metadata. */
  spec: ManifestSpec;
  [key: string]: unknown;
}

/** The parts of the specs of the kinds the checks read (Deployment, Service, Ingress, NetworkPolicy, Dapr, Strimzi). */
export interface ManifestSpec {
  replicas: number;
  type: string;
  selector: { matchLabels: Record<string, string> };
  template: { metadata: { annotations: Record<string, string> }; spec: PodSpec };
  rules: IngressRule[];
  ingress: NetworkPolicyRule[];
  metadata: { name: string; value?: string; secretKeyRef?: unknown }[];
  kafka: { listeners: unknown[]; config: Record<string, unknown> };
  authentication: unknown;
  [key: string]: unknown;
}

export interface PodSpec {
  containers: [Container, ...Container[]];
  [key: string]: unknown;
}

export interface Container {
  name: string;
  env: EnvVar[];
  resources: { limits: { cpu?: string; memory?: string }; requests: { cpu?: string; memory?: string } };
  livenessProbe: Probe;
  readinessProbe: Probe;
  startupProbe: Probe;
  [key: string]: unknown;
}

export interface Probe {
  httpGet: { path: string; port: string | number };
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { fieldRef?: { fieldPath: string }; secretKeyRef?: unknown };
}

export interface IngressRule {
  host: string;
  http: { paths: { path: string; backend: { service: { name: string; port: { name: string } } } }[] };
}

export interface NetworkPolicyRule {
  ports: { port: number }[];
  from?: unknown[];
}

export interface ChartWorkspace {
  dir: string;
  helm: string;
  dispose(): void;
}

/**
 * A scratch copy of k8s/helm with every chart's library dependency vendored (`helm dependency update`), so
 * checks never write `charts/` or `Chart.lock` into the repository.
 */
export function prepareCharts(helm: string): ChartWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'doable-helm-'));
  cpSync(helmDir, dir, { recursive: true });
  for (const chart of serviceCharts) helmRun(helm, ['dependency', 'update', '--skip-refresh', join(dir, chart)]);
  return { dir, helm, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export function helmRun(helm: string, args: string[]): string {
  try {
    return execFileSync(helm, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HELM_CACHE_HOME: join(tmpdir(), 'doable-helm-cache') },
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`helm ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

const valueArgs = (ws: ChartWorkspace, chart: string, set: ValueSet) => valueSets[set].flatMap((f) => ['-f', join(ws.dir, chart, f)]);

/** `helm lint --strict` output for a chart with a value set; throws with helm's report when it fails. */
export function lintChart(ws: ChartWorkspace, chart: string, set: ValueSet): string {
  return helmRun(ws.helm, ['lint', '--strict', join(ws.dir, chart), ...valueArgs(ws, chart, set)]);
}

/** `helm template` as the release would be installed (release name = chart name), as YAML text. */
export function templateChart(ws: ChartWorkspace, chart: string, set: ValueSet, extra: string[] = []): string {
  return helmRun(ws.helm, ['template', chart, join(ws.dir, chart), '--namespace', 'doable', ...valueArgs(ws, chart, set), ...extra]);
}

export function parseManifests(yamlText: string): Manifest[] {
  return parseAllDocuments(yamlText)
    .map((d) => d.toJS() as Manifest | null)
    .filter((m): m is Manifest => m !== null && typeof m === 'object');
}
