import type pg from 'pg';

export interface SeedPlan {
  seed: number;
  /** All tasks, the heavy user's included. */
  tasks: number;
  /** All users: the heavy one, the signed-up light ones, and the rest created here. */
  users: number;
  heavyTasks: number;
  heavyUserId: string;
  /** Users signed up through the API (they have sessions); they get the average share each. */
  lightUserIds: string[];
}

/** Words the titles are built from: "plumber" is in 1 title in 10, "zebra" (a rarer tail) in 1 in 5,000. */
const TITLE_WORDS = {
  verbs: ['Buy', 'Call', 'Fix', 'Plan', 'Write', 'Review', 'Clean', 'Book', 'Pay', 'Email'],
  nouns: ['milk', 'plumber', 'report', 'sprint', 'garage', 'dentist', 'taxes', 'invoice', 'flowers', 'car'],
  tails: ['today', 'soon', 'later', 'asap', 'weekly', 'for mum', 'before friday', 'again'],
} as const;

const TAGS = ['work', 'home', 'errands', 'urgent', 'health', 'money', 'family', 'someday'];

/**
 * Fills `backend.tasks` deterministically: every field of task i comes from `hashtext(seed:field:i)`, so the same
 * seed and sizes give the same rows on any machine. Indexes are dropped during the load and rebuilt after (as a
 * restore would), then the table is analysed.
 */
export async function seedTasks(admin: pg.Client, plan: SeedPlan, log: (line: string) => void): Promise<void> {
  const generatedUsers = Math.max(0, plan.users - 1 - plan.lightUserIds.length);
  await admin.query(
    `insert into backend."user" (id, name, email, "emailVerified")
     select 'bench-user-' || n, 'Bench user ' || n, 'bench-user-' || n || '@example.test', true from generate_series(1, $1::int) as n
     on conflict do nothing`,
    [generatedUsers],
  );
  // Users made here skip sign-up, which makes the Inbox every task needs: make theirs the same way.
  await admin.query(
    `insert into backend.projects (name, inbox_of) select 'Inbox', u.id from backend."user" u on conflict (inbox_of) do nothing`,
  );
  await admin.query(
    `insert into backend.project_members (project_id, user_id, role) select p.id, p.inbox_of, 'owner'
     from backend.projects p where p.inbox_of is not null on conflict do nothing`,
  );
  const owners = [...plan.lightUserIds, ...Array.from({ length: generatedUsers }, (_, n) => `bench-user-${n + 1}`)];
  const { rows: indexes } = await admin.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes
     where schemaname = 'backend' and tablename = 'tasks' and indexname not like '%pkey' and indexdef not like 'CREATE UNIQUE%'`,
  );
  for (const index of indexes) await admin.query(`drop index backend."${index.indexname}"`);

  // A deterministic non-negative integer per (field, task number).
  const h = (field: string, salt: string, extra = '') => `abs(hashtext('${plan.seed}:${salt}:${field}'${extra} || ':' || i))`;
  const insert = (ownerIds: string[], count: number, salt: string) =>
    admin.query(
      `insert into backend.tasks (user_id, created_by, project_id, title, description, completed, completed_at, priority, tags, due_date, created_at, updated_at)
       select o.owner, o.owner, (select p.id from backend.projects p where p.inbox_of = o.owner),
         ($3::text[])[1 + ${h('verb', salt)} % 10] || ' ' || ($4::text[])[1 + ${h('noun', salt)} % 10] || ' ' ||
           case when ${h('rare', salt)} % 5000 = 0 then 'by the zebra crossing' else ($5::text[])[1 + ${h('tail', salt)} % 8] end,
         case when ${h('desc', salt)} % 10 < 3
           then 'Remember the ' || ($4::text[])[1 + ${h('dnoun', salt)} % 10] || ' and the ' || ($4::text[])[1 + ${h('dnoun2', salt)} % 10]
           else '' end,
         ${h('done', salt)} % 10 < 6,
         case when ${h('done', salt)} % 10 < 6 then created + interval '1 hour' * (${h('age', salt)} % 720) end,
         ($7::text[])[1 + ${h('prio', salt)} % 3],
         array(select tag from unnest($2::text[]) with ordinality as t(tag, k) where ${h('tag', salt, ' || k')} % 8 = 0),
         case when ${h('due', salt)} % 10 < 7 then timestamptz '2026-06-01' + interval '1 minute' * (${h('when', salt)} % (550 * 1440)) end,
         created, created
       from generate_series(1, $1::int) as i, lateral (select timestamptz '2026-01-01' + interval '1 second' * i as created) as c,
         lateral (select ($6::text[])[1 + i % ${ownerIds.length}] as owner) as o`,
      [count, TAGS, TITLE_WORDS.verbs, TITLE_WORDS.nouns, TITLE_WORDS.tails, ownerIds, ['high', 'medium', 'low']],
    );

  const started = performance.now();
  await insert([plan.heavyUserId], plan.heavyTasks, 'heavy');
  const rest = plan.tasks - plan.heavyTasks;
  if (rest > 0 && owners.length > 0) await insert(owners, rest, 'rest');
  log(
    `  ${plan.tasks.toLocaleString('en')} tasks inserted in ${((performance.now() - started) / 1000).toFixed(1)} s; rebuilding ${indexes.length} indexes…`,
  );
  const rebuilt = performance.now();
  await admin.query(`set maintenance_work_mem = '512MB'`);
  for (const index of indexes) await admin.query(index.indexdef);
  await admin.query('analyze backend.tasks');
  log(`  indexes rebuilt and table analysed in ${((performance.now() - rebuilt) / 1000).toFixed(1)} s`);
}
