import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { startKafka, stopKafka } from './kafka.ts';
import { recordedRequests } from './recording-app.ts';
import { eventually, publish, sidecar, stackInfo } from './test-stack.ts';

function restartKafka() {
  const { runDir, logDir, kafka } = stackInfo();
  const port = Number(kafka.bootstrap.split(':')[1]);
  return startKafka({
    runDir,
    logDir,
    port,
    controllerPort: kafka.controllerPort,
    internalPort: kafka.internalPort,
    credentials: kafka.credentials,
    log: () => {},
  });
}

describe('Kafka going away and coming back', () => {
  afterAll(async () => {
    await restartKafka();
  }, 120_000);

  it('fails the publish while Kafka is down, and delivers again once it is back', async () => {
    expect(await stopKafka(stackInfo().runDir)).toBe(true);

    const lost = { event_id: randomUUID() };
    const started = Date.now();
    const res = await publish('todo-backend-0', 'kafka-pubsub', 'task-events', lost, 'user-fault');
    expect(res.status).toBeGreaterThanOrEqual(500);
    expect(((await res.json()) as { errorCode: string }).errorCode).toBe('ERR_PUBSUB_PUBLISH_MESSAGE');
    // The caller learns within the Resiliency outbound timeout (10 s), not never.
    expect(Date.now() - started).toBeLessThan(15_000);

    await restartKafka();
    const event = { event_id: randomUUID() };
    const accepted = await eventually(
      () => publish('todo-backend-0', 'kafka-pubsub', 'task-events', event, 'user-fault').then((r) => r.status),
      (status) => status === 204,
      60_000,
      1_000,
    );
    expect(accepted).toBe(204);
    const delivered = await eventually(
      () => recordedRequests(sidecar('audit-service-0').appPort, '/events/task-events'),
      (requests) => requests.some((r) => (r.body as { data?: { event_id?: string } }).data?.event_id === event.event_id),
      90_000,
    );
    expect(delivered.some((r) => (r.body as { data?: { event_id?: string } }).data?.event_id === event.event_id)).toBe(true);
  });
});
