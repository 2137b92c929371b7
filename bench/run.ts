/**
 * Doable's benchmark suite: `npm run bench` (quick, under 10 minutes) or `npm run bench -- --full` (the sizes the
 * targets speak of). Prints a table and writes reports/bench/<mode>.json and .md; `--publish` also writes
 * docs/benchmarks.md beside the run published before (docs/benchmarks.json, then docs/benchmarks-previous.md). Options:
 * see bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { daprVersion, findPostgresBinDir, kafkaVersion } from '@doable/stack';
import { profileNote } from './cpu-profile.ts';
import { addNote, type BenchContext, parseBenchOptions, type Section } from './options.ts';
import { publishReport } from './publish.ts';
import { describeMachine, printRows, type Report, writeReport } from './report.ts';
import { runApiBench } from './sections/api.ts';
import { runEmbeddedBench } from './sections/embedded.ts';
import { runPipelineBench } from './sections/pipeline.ts';
import { runReminderBench } from './sections/reminders.ts';
import { runSearchBench } from './sections/search.ts';
import { runSharedProjectBench } from './sections/shared.ts';
import { type StackTarget, startStackTarget, stopBenchStack } from './stack-target.ts';
import { STATEMENT_SETTINGS } from './statements.ts';

const INTRO = `# Benchmarks

What Doable does on one small machine, and how far each figure is from its baseline — measured side by side in the
same run, because absolute times drift between machines and runs. Produced by \`npm run bench -- --full --publish\`
(see [bench/README.md](../bench/README.md)); misses against a target are findings, and the Findings section says
where the time goes. Every latency is a median and p99 of per-request samples (for loads: the median over repeated
runs of each run's p50 and p99); every throughput is the median over runs. What was measured between full runs (a
section alone, a scratch database) follows the findings, under
[Measurements between full runs](#measurements-between-full-runs).`;

const PROFILES = resolve('reports', 'bench', 'profiles');

function resetDir(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const started = performance.now();
  const ctx: BenchContext = { options, rows: [], notes: {}, log: (line) => console.error(line) };
  const needsStack = options.sections.some((s) => s !== 'embedded');

  const failed: string[] = [];
  // A failing section is reported and the run goes on: one error should not cost the other figures.
  const section = async (name: Section, run: () => Promise<void>) => {
    if (!options.sections.includes(name)) return;
    ctx.log(`== ${name}`);
    try {
      await run();
    } catch (error) {
      failed.push(name);
      ctx.log(`  ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      addNote(ctx, `Failed: ${name}`, `\`\`\`\n${error instanceof Error ? error.message : String(error)}\n\`\`\``);
    }
  };

  if (needsStack) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        ctx.log(`== ${signal}: stopping the distributed stack`);
        void stopBenchStack().finally(() => process.exit(1));
      });
    }
  }

  await section('embedded', () => runEmbeddedBench(ctx));
  let target: StackTarget | undefined;
  try {
    if (needsStack) {
      ctx.log('== starting the distributed stack (Kafka, PostgreSQL, five services with their sidecars)');
      target = await startStackTarget(
        ctx.log,
        options.profile ? resetDir(join(PROFILES, 'stack')) : undefined,
        options.statements ? STATEMENT_SETTINGS : undefined,
      );
      const stack = target;
      await section('api', () => runApiBench(ctx, stack));
      await section('pipeline', () => runPipelineBench(ctx, stack));
      await section('reminders', () => runReminderBench(ctx, stack));
      await section('shared', () => runSharedProjectBench(ctx, stack));
      // Last: it drops the search indexes to measure without them.
      await section('search', () => runSearchBench(ctx, stack));
    }
  } finally {
    await target?.stop();
  }
  if (target && options.profile) {
    for (const service of target.info.services) {
      addNote(ctx, 'CPU profiles', profileNote(`${service.podName} over the whole run`, join(PROFILES, 'stack'), service.pid));
    }
  }

  const report: Report = {
    startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
    mode: options.mode,
    options: { ...options },
    machine: describeMachine({
      postgresql: execFileSync(join(findPostgresBinDir(), 'postgres'), ['--version'], { encoding: 'utf8' }).trim(),
      kafka: kafkaVersion(),
      dapr: daprVersion(),
    }),
    rows: ctx.rows,
    notes: ctx.notes,
    durationSeconds: (performance.now() - started) / 1000,
  };
  printRows(report.rows);
  const dir = join('reports', 'bench');
  writeReport(report, { json: join(dir, `${options.mode}.json`), markdown: join(dir, `${options.mode}.md`) }, INTRO);
  if (options.publish) {
    publishReport(
      report,
      {
        markdown: join('docs', 'benchmarks.md'),
        json: join('docs', 'benchmarks.json'),
        previousMarkdown: join('docs', 'benchmarks-previous.md'),
      },
      INTRO,
    );
  }
  console.log(
    `\n${report.rows.length} figures in ${Math.round(report.durationSeconds ?? 0)} s; report: ${join(dir, `${options.mode}.md`)}`,
  );
  if (failed.length > 0) {
    console.error(`failed sections: ${failed.join(', ')} (see the report)`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
