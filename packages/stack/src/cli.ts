import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultRunDir, repoRoot } from './paths.ts';
import { readStackInfo, stackStatus, startStack, stopStack } from './stack.ts';

const usage = `usage: node packages/stack/src/cli.ts <up|down|status> [--apps a,b,b] [--sidecars-only] [--run-dir DIR] [--port-offset N]

  up      start Kafka, PostgreSQL, one Dapr sidecar per app id (repeat an id for replicas), the Doable
          service beside it and nginx in front, routing as the Helm Ingress does (--sidecars-only: the
          sidecars wait for an app you start yourself; no services, no proxy)
  down    stop everything the stack started
  status  show what runs and its memory`;

const defaultApps = [
  'todo-backend',
  'recurring-task-service',
  'audit-service',
  'notification-service',
  'websocket-service',
  'todo-frontend',
];

// kafkajs 2.2.4 (used for health checks) trips a harmless Node 24 timer warning; keep the output readable.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'TimeoutNegativeWarning') console.warn(warning);
});

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      apps: { type: 'string' },
      'run-dir': { type: 'string' },
      'port-offset': { type: 'string' },
      'sidecars-only': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  const runDir = values['run-dir'] ?? defaultRunDir();
  if (values.help || !command) {
    console.log(usage);
    return;
  }
  if (command === 'up') {
    const apps = values.apps
      ? values.apps
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean)
      : defaultApps;
    const services = !values['sidecars-only'];
    // The frontend serves the built web app: build it first if its sources changed (as `npm start` does).
    if (services) execFileSync(process.execPath, [join(repoRoot, 'apps', 'web', 'scripts', 'build-if-stale.ts')], { stdio: 'inherit' });
    const info = await startStack({ apps, runDir, portOffset: Number(values['port-offset'] ?? 0), services, tokens: services });
    console.log(`\nstack up in ${(info.startedInMs / 1000).toFixed(1)} s — logs in ${info.logDir}`);
    console.log(
      `  kafka      ${info.kafka.bootstrap} (SASL/SCRAM-SHA-256 ${info.kafka.credentials.username}/${info.kafka.credentials.password})`,
    );
    console.log(`  postgres   ${info.postgres.url}`);
    for (const s of info.sidecars) {
      console.log(
        `  daprd ${s.podName.padEnd(28)} DAPR_HTTP_PORT=${s.httpPort} grpc=${s.grpcPort} internal=${s.internalGrpcPort} metrics=${s.metricsPort} app PORT=${s.appPort}`,
      );
    }
    if (info.proxy) console.log(`  proxy      nginx on ${info.proxy.port}, configuration ${info.proxy.configFile}`);
    if (info.publicUrl)
      console.log(
        `\nDoable: ${info.publicUrl} (API at ${info.publicUrl}/api/v1, live updates at ${info.publicUrl.replace(/^http/, 'ws')}/ws)`,
      );
    if (info.dapr.apiToken) console.log(`Sidecar API token (dapr-api-token): ${info.dapr.apiToken}`);
    return;
  }
  if (command === 'down') {
    await stopStack({ runDir });
    console.log('stack down');
    return;
  }
  if (command === 'status') {
    if (!readStackInfo(runDir)) console.log(`no stack.json in ${runDir}`);
    for (const p of stackStatus(runDir)) {
      console.log(`  ${p.name.padEnd(60)} ${p.pid === undefined ? 'not running' : `pid ${p.pid}  ${p.rssMiB} MiB`}`);
    }
    return;
  }
  console.error(usage);
  process.exitCode = 2;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
