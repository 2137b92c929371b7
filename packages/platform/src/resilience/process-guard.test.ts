import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../http/metrics.ts';
import { createLogger } from '../logger.ts';
import { installProcessGuard } from './process-guard.ts';

function guarded() {
  const target = new EventEmitter();
  const metrics = createMetrics();
  const exits: number[] = [];
  const remove = installProcessGuard({
    logger: createLogger({ name: 'test', level: 'silent' }),
    metrics,
    exit: (code) => exits.push(code),
    target: target as unknown as NodeJS.Process,
  });
  const count = async (kind: string) =>
    (await metrics.registry.getSingleMetric('doable_unhandled_errors_total')?.get())?.values.find((v) => v.labels.kind === kind)?.value ??
    0;
  return { target, exits, remove, count };
}

describe('the process guard', () => {
  it('counts a lost database connection nobody listened for and keeps the process running', async () => {
    const g = guarded();
    g.target.emit(
      'uncaughtException',
      Object.assign(new Error('terminating connection due to unexpected postmaster exit'), { code: '57P01' }),
    );
    expect(g.exits).toEqual([]);
    expect(await g.count('connection')).toBe(1);
  });

  it('counts an unhandled rejection and keeps the process running', async () => {
    const g = guarded();
    g.target.emit('unhandledRejection', new Error('nobody awaited this'));
    expect(g.exits).toEqual([]);
    expect(await g.count('rejection')).toBe(1);
  });

  it('exits on any other uncaught exception, whose state is unknown', async () => {
    const g = guarded();
    g.target.emit('uncaughtException', new TypeError('x is undefined'));
    expect(g.exits).toEqual([1]);
    expect(await g.count('exception')).toBe(1);
  });

  it('can be removed', () => {
    const g = guarded();
    g.remove();
    expect(g.target.listenerCount('uncaughtException')).toBe(0);
    expect(g.target.listenerCount('unhandledRejection')).toBe(0);
  });
});
