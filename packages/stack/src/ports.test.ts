import { FREE_PORT_RANGE } from '@doable/test-kit';
import { describe, expect, it } from 'vitest';
import { chaosApps } from './chaos/chaos-stack.ts';
import { distributedApps } from './distributed/distributed-stack.ts';
import { PORT_OFFSETS, SLOT_PORT_SHIFT } from './paths.ts';
import { offsetPorts, planSidecars } from './stack.ts';
import { testApps } from './test-stack.ts';

/** Sidecars a stack is planned with at most here: more would need this bound, and the check, raised. */
const SIDECARS_AT_MOST = 10;

/** Every port a stack at `offset` listens on with `SIDECARS_AT_MOST` sidecars. */
function portsAt(offset: number): number[] {
  const ports = offsetPorts(offset);
  const sidecars = planSidecars(
    Array.from({ length: SIDECARS_AT_MOST }, (_, n) => `app-${n}`),
    ports,
  );
  return [
    ports.kafka,
    ports.kafkaController,
    ports.kafkaInternal,
    ports.postgres,
    ports.proxy,
    ...sidecars.flatMap((s) => [s.appPort, s.httpPort, s.grpcPort, s.internalGrpcPort, s.metricsPort]),
  ];
}

// Each stack's offset in both test slots (the bench has one), and a developer's stack at 0.
const offsets = [0, ...Object.values(PORT_OFFSETS).flatMap((offset) => [offset, offset + SLOT_PORT_SHIFT])];

describe('the ports of the stacks that run side by side', () => {
  it('plan no stack with more sidecars than the bound checked here', () => {
    for (const apps of [testApps, distributedApps, chaosApps]) expect(apps.length).toBeLessThanOrEqual(SIDECARS_AT_MOST);
  });

  it('stay below the range freePort draws from, so a test server never takes a sidecar port', () => {
    const highest = Math.max(...offsets.flatMap(portsAt));
    expect(highest).toBeLessThan(FREE_PORT_RANGE.first);
  });

  it('never share a port between two stacks', () => {
    const owner = new Map<number, number>();
    for (const offset of offsets) {
      for (const port of new Set(portsAt(offset))) {
        expect(owner.get(port), `port ${port} of offset ${offset} is also offset ${owner.get(port)}'s`).toBeUndefined();
        owner.set(port, offset);
      }
    }
  });
});
