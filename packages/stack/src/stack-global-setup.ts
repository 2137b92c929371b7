import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type RecordingApp, startRecordingApp } from './recording-app.ts';
import { offsetPorts, planSidecars, startStack, stopStack } from './stack.ts';
import { recordingAppBehaviour, testApps, testComponentMetadata, testPortOffset, testRunDir } from './test-stack.ts';

/**
 * Brings the real stack up once for the `stack` project: a fresh Kafka and PostgreSQL, one sidecar per app id,
 * and the recording apps (started first, so each sidecar finds its app at once; a test that brings its own app
 * starts it later). Down again at the end.
 */
export default async function setup(project: TestProject) {
  const log = (line: string) => console.log(`[stack] ${line}`);
  await stopStack({ runDir: testRunDir, log });
  // Fresh data every run: no offsets, topics or state left from an earlier run.
  rmSync(join(testRunDir, 'kafka'), { recursive: true, force: true });
  rmSync(join(testRunDir, 'dapr'), { recursive: true, force: true });

  const ports = offsetPorts(testPortOffset);
  const apps: RecordingApp[] = [];
  for (const s of planSidecars(testApps, ports)) {
    const behaviour = recordingAppBehaviour[s.appId];
    if (behaviour) apps.push(await startRecordingApp({ port: s.appPort, ...behaviour }));
  }

  try {
    const info = await startStack({
      apps: testApps,
      runDir: testRunDir,
      portOffset: testPortOffset,
      componentMetadata: testComponentMetadata,
      log,
    });
    log(`stack up in ${(info.startedInMs / 1000).toFixed(1)} s`);
    project.provide('stack', info);
  } catch (error) {
    await Promise.all(apps.map((a) => a.close()));
    await stopStack({ runDir: testRunDir, log });
    throw error;
  }
  return async () => {
    await stopStack({ runDir: testRunDir, log });
    await Promise.all(apps.map((a) => a.close()));
  };
}
