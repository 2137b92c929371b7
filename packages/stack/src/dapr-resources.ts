import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, parseDocument, stringify } from 'yaml';
import { repoRoot } from './paths.ts';

/** The committed Dapr resources: what production applies and what the local sidecars load (derived). */
export const daprComponentsDir = join(repoRoot, 'k8s', 'dapr', 'components');
export const daprConfigFile = join(repoRoot, 'k8s', 'dapr', 'config', 'config.yaml');
export const daprResiliencyFile = join(repoRoot, 'k8s', 'dapr', 'config', 'resiliency.yaml');

interface MetadataItem {
  name: string;
  value?: string;
  secretKeyRef?: { name: string; key: string };
}

interface Resource {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: { type?: string; version?: string; metadata?: MetadataItem[]; [key: string]: unknown };
  auth?: { secretStore: string };
  scopes?: string[];
}

export interface LocalResourcesOptions {
  /** Output folder: `<dir>/resources/*.yaml`, `<dir>/config.yaml`, `<dir>/secrets.json`, `<dir>/name-resolution.db`. */
  dir: string;
  /** Values the production Kubernetes secrets hold, keyed by secret name then key. */
  secrets: Record<string, Record<string, string>>;
  /** Extra per-component metadata overrides, e.g. `{ 'reminder-cron': { schedule: '@every 1s' } }` for tests. */
  componentMetadata?: Record<string, Record<string, string>>;
}

export interface LocalResources {
  resourcesDir: string;
  configFile: string;
}

const usesSecretRefs = (r: Resource) => (r.spec.metadata ?? []).some((m) => m.secretKeyRef !== undefined);

function setMetadata(resource: Resource, name: string, value: string): void {
  const items = resource.spec.metadata ?? [];
  const rest = items.filter((m) => m.name !== name);
  resource.spec.metadata = [...rest, { name, value }];
}

/**
 * Derives the local copy of the committed Dapr resources. Only what differs on one machine changes:
 * the Kubernetes secret store becomes a local file store holding the same secret names (so every
 * `secretKeyRef` stays as committed), components resolve their secrets through it (`auth.secretStore`),
 * Kafka is reached without TLS, and names resolve through SQLite (several sidecars on one host).
 */
export function writeLocalDaprResources(o: LocalResourcesOptions): LocalResources {
  const resourcesDir = join(o.dir, 'resources');
  rmSync(resourcesDir, { recursive: true, force: true });
  mkdirSync(resourcesDir, { recursive: true });
  const secretsFile = join(o.dir, 'secrets.json');
  writeFileSync(secretsFile, `${JSON.stringify(o.secrets, null, 2)}\n`, { mode: 0o600 });

  const files = readdirSync(daprComponentsDir).filter((f) => f.endsWith('.yaml'));
  const parsed = files.map((file) => ({
    file,
    resources: parseAllDocuments(readFileSync(join(daprComponentsDir, file), 'utf8')).map((d) => d.toJS() as Resource),
  }));
  const secretStore = parsed.flatMap((p) => p.resources).find((r) => r.spec.type === 'secretstores.kubernetes')?.metadata.name;

  for (const { file, resources } of parsed) {
    for (const r of resources) {
      if (r.kind !== 'Component') continue;
      if (r.spec.type === 'secretstores.kubernetes') {
        r.spec = {
          type: 'secretstores.local.file',
          version: 'v1',
          metadata: [
            { name: 'secretsFile', value: secretsFile },
            // Like a Kubernetes secret: one name, several keys.
            { name: 'multiValued', value: 'true' },
          ],
        };
      }
      if (r.spec.type === 'pubsub.kafka') setMetadata(r, 'disableTls', 'true');
      if (usesSecretRefs(r)) {
        if (!secretStore) throw new Error('components use secretKeyRef but no secretstores.kubernetes component is committed');
        r.auth = { secretStore };
      }
      for (const [name, value] of Object.entries(o.componentMetadata?.[r.metadata.name] ?? {})) setMetadata(r, name, value);
    }
    writeFileSync(join(resourcesDir, file), resources.map((r) => stringify(r)).join('---\n'));
  }
  // Standalone sidecars read Resiliency resources from the resources path.
  writeFileSync(join(resourcesDir, 'resiliency.yaml'), readFileSync(daprResiliencyFile, 'utf8'));

  const config = parseDocument(readFileSync(daprConfigFile, 'utf8')).toJS() as Resource;
  config.spec.nameResolution = {
    component: 'sqlite',
    version: 'v1',
    configuration: { connectionString: join(o.dir, 'name-resolution.db') },
  };
  const configFile = join(o.dir, 'config.yaml');
  writeFileSync(configFile, stringify(config));
  return { resourcesDir, configFile };
}
