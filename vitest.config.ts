import { defineConfig } from 'vitest/config';

// One test command for everything; the suffix of a test file says what it needs (README.md, Testing).
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    // Most files wait on PostgreSQL, Kafka, sidecars or Chromium rather than compute, so three files share two cores
    // well; vitest's default (cores - 1) ran the whole suite one file at a time here.
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{apps,packages}/*/src/**/*.test.ts', 'bench/**/*.test.ts'],
          // A bound on hangs, not a speed check: CPU-heavy cases (recurrence oracles) share 2 cores with three suites.
          testTimeout: 60_000,
          exclude: ['**/*.int.test.ts', '**/*.abuse.test.ts', '**/*.chaos.test.ts', '**/node_modules/**', 'packages/deploy-checks/**'],
        },
      },
      {
        test: {
          name: 'int',
          include: [
            'apps/*/src/**/*.int.test.ts',
            'packages/{contracts,platform,db,test-kit}/src/**/*.int.test.ts',
            // The stack's nginx alone, with stand-in replicas.
            'packages/stack/src/proxy/*.int.test.ts',
          ],
          globalSetup: ['packages/stack/src/postgres-global-setup.ts'],
          // Bounds on a hang, not speed targets: under `stress-ng --cpu 2` beside the whole suite a test takes 3–5× longer.
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // expect.poll waits for what must happen; vitest's 1 s default would be a race on a busy machine.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          name: 'abuse',
          // Hostile inputs replayed against the embedded app on its PostgreSQL server (see docs/security.md).
          include: ['apps/*/src/abuse/**/*.abuse.test.ts'],
          globalSetup: ['packages/stack/src/postgres-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'deploy',
          // Helm charts, Dockerfiles, workflows, Dapr and compose files, checked by the real tools (installed once).
          include: ['packages/deploy-checks/src/**/*.test.ts'],
          globalSetup: ['packages/deploy-checks/src/deploy-tools-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // Last and alone: its npm installs and web build would slow the other projects' timing-checked tests.
          sequence: { groupOrder: 3 },
        },
      },
      {
        test: {
          name: 'stack',
          include: ['packages/stack/src/*.int.test.ts'],
          // Kafka, PostgreSQL and the sidecars are started once (the first run also builds daprd: minutes).
          globalSetup: ['packages/stack/src/stack-global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // One shared stack, and one test stops Kafka: files run one after another.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'distributed',
          // Every Doable service in its own process beside its own sidecar, on real Kafka and PostgreSQL.
          include: ['packages/stack/src/distributed/**/*.int.test.ts'],
          globalSetup: ['packages/stack/src/distributed/distributed-global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // One shared stack, and the fault tests stop parts of it: files run one after another.
          fileParallelism: false,
          // After the other projects: fourteen processes on two cores would slow their timing-checked tests.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'chaos',
          // A soak on a stack of its own (ports +4000) whose parts it kills: see docs/reliability.md. Its length is
          // CHAOS_SOAK_SECONDS (180 here; `npm run chaos` runs 600), its timeouts set in the test from it.
          include: ['packages/stack/src/chaos/**/*.chaos.test.ts'],
          hookTimeout: 300_000,
          // After the distributed project and alone: two stacks of fifteen processes at once would starve both on two
          // cores (and this one's readiness bound with them). Before `deploy`, which stays last and alone.
          sequence: { groupOrder: 2 },
        },
      },
      {
        test: {
          name: 'e2e',
          // Debian's Chromium (/usr/bin/chromium) driven by playwright-core against the embedded app on its PostgreSQL server.
          include: ['apps/web/e2e/**/*.spec.ts'],
          globalSetup: ['apps/web/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
