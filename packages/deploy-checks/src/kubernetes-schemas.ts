import { spawnSync } from 'node:child_process';
import { KUBERNETES_VERSION } from './tools.ts';

export interface SchemaReport {
  /** `kind/name` of every resource that passed. */
  passed: string[];
  /** Resources with no schema in the validator (custom resources such as ServiceMonitor). */
  noSchema: string[];
  /** Everything else the validator said (failures), empty when all is well. */
  problems: string[];
  exitCode: number;
}

/** Validates manifest files against the Kubernetes JSON schemas, rejecting unknown fields (`--strict`). */
export function validateManifests(kubernetesValidate: string, files: string[]): SchemaReport {
  const result = spawnSync(kubernetesValidate, ['-k', KUBERNETES_VERSION, '--strict', ...files], { encoding: 'utf8' });
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => l.trim() !== '');
  const report: SchemaReport = { passed: [], noSchema: [], problems: [], exitCode: result.status ?? -1 };
  for (const line of lines) {
    const passed = line.match(/^INFO .* passed for resource (\S+) against version/);
    const noSchema = line.match(/^WARN .* Couldn't find schema for kind (\S+) with api version (\S+)/);
    if (passed?.[1]) report.passed.push(passed[1]);
    else if (noSchema?.[1]) report.noSchema.push(`${noSchema[2]}/${noSchema[1]}`);
    else report.problems.push(line);
  }
  return report;
}
