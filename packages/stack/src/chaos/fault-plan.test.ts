import { seededRandom } from '@doable/test-kit';
import { describe, expect, it } from 'vitest';
import { overlappingFaults, randomEpisode, restartGroups, singleFaults } from './fault-plan.ts';

describe('the chaos soak’s fault plan', () => {
  it('brings the stores back first, then the sidecars, then the services, each group at once', () => {
    expect(restartGroups(['todo-backend-1', 'daprd:todo-backend-0', 'kafka', 'websocket-service-0', 'postgres'])).toEqual([
      ['kafka', 'postgres'],
      ['daprd:todo-backend-0'],
      ['todo-backend-1', 'websocket-service-0'],
    ]);
  });

  it('kills every part the soak promises alone, then some together, and random episodes never kill a part twice', () => {
    expect(singleFaults.flatMap((e) => e.kills)).toEqual([
      'postgres',
      'kafka',
      'todo-backend-0',
      'audit-service-0',
      'daprd:todo-backend-0',
      'websocket-service-1',
    ]);
    expect(overlappingFaults.every((e) => e.kills.length > 1)).toBe(true);
    const random = seededRandom(7);
    for (let n = 0; n < 200; n++) {
      const { kills } = randomEpisode(random);
      expect(new Set(kills).size).toBe(kills.length);
    }
  });
});
