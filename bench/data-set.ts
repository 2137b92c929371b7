import { createApiClient, signUp } from '@doable/test-kit';
import type { BenchContext } from './options.ts';
import { seedTasks } from './seed-data.ts';
import type { StackTarget } from './stack-target.ts';

const LIGHT_USERS = 8;

export interface DataSet {
  api: ReturnType<typeof createApiClient>;
  heavy: { token: string; userId: string };
  light: { token: string; userId: string }[];
}

const prepared = new WeakMap<StackTarget, Promise<DataSet>>();

/**
 * The API and search sections' data, made once per stack: the heavy user and a few light ones sign up through the
 * API (they need sessions); every other user and all tasks are written in SQL from the seed.
 */
export function dataSetOf(ctx: BenchContext, target: StackTarget): Promise<DataSet> {
  let dataSet = prepared.get(target);
  if (!dataSet) {
    dataSet = seed(ctx, target);
    prepared.set(target, dataSet);
  }
  return dataSet;
}

async function seed(ctx: BenchContext, target: StackTarget): Promise<DataSet> {
  const api = createApiClient(target.origin('todo-backend'));
  const heavy = await signUp(api, 'Heavy user');
  const light = [];
  for (let i = 0; i < LIGHT_USERS; i++) light.push(await signUp(api, `Light user ${i}`));
  const { options } = ctx;
  ctx.log(
    `  seeding ${options.tasks.toLocaleString('en')} tasks over ${options.users} users (heavy user: ${options.heavyTasks.toLocaleString('en')}), seed ${options.seed}`,
  );
  await seedTasks(
    target.admin,
    {
      seed: options.seed,
      tasks: options.tasks,
      users: options.users,
      heavyTasks: options.heavyTasks,
      heavyUserId: heavy.userId,
      lightUserIds: light.map((u) => u.userId),
    },
    ctx.log,
  );
  return { api, heavy, light };
}
