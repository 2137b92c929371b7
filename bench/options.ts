import { parseArgs } from 'node:util';
import type { Row } from './report.ts';

export const SECTIONS = ['embedded', 'api', 'pipeline', 'reminders', 'shared', 'search'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  mode: 'quick' | 'full';
  sections: Section[];
  seed: number;
  /** Data set of the API and search sections. */
  tasks: number;
  users: number;
  heavyTasks: number;
  concurrency: number[];
  /** Timed runs per case, and seconds per run, of the API and embedded loads. */
  runs: number;
  seconds: number;
  /** Event pipeline: sustained rates (operations/s) and how long each is held. */
  rates: number[];
  rateSeconds: number;
  reminders: number;
  embeddedTasks: number;
  /** Shared project: its tasks, its members (each with a WebSocket) and how many updates fan out to them. */
  sharedTasks: number;
  sharedMembers: number;
  sharedUpdates: number;
  /** Write CPU profiles of the API server (`--cpu-prof`) and summarize them in the report. */
  profile: boolean;
  /** Load `pg_stat_statements` in the stack's PostgreSQL and report each pipeline run's top statements. */
  statements: boolean;
  /** Also publish the report to docs/benchmarks.md, beside the previous published run (bench/README.md). */
  publish: boolean;
}

const PRESETS = {
  quick: {
    tasks: 100_000,
    users: 100,
    heavyTasks: 10_000,
    concurrency: '1,32',
    runs: 3,
    seconds: 1,
    rates: '50,200',
    rateSeconds: 5,
    reminders: 2_000,
    embeddedTasks: 3_000,
    sharedTasks: 10_000,
    sharedMembers: 50,
    sharedUpdates: 30,
  },
  full: {
    tasks: 1_000_000,
    users: 1_000,
    heavyTasks: 100_000,
    concurrency: '1,32,128',
    runs: 5,
    seconds: 3,
    rates: '50,200,1000',
    rateSeconds: 30,
    reminders: 10_000,
    embeddedTasks: 10_000,
    sharedTasks: 10_000,
    sharedMembers: 50,
    sharedUpdates: 100,
  },
} as const;

const list = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      full: { type: 'boolean', default: false },
      only: { type: 'string' },
      seed: { type: 'string', default: '42' },
      tasks: { type: 'string' },
      users: { type: 'string' },
      'heavy-tasks': { type: 'string' },
      concurrency: { type: 'string' },
      runs: { type: 'string' },
      seconds: { type: 'string' },
      rates: { type: 'string' },
      'rate-seconds': { type: 'string' },
      reminders: { type: 'string' },
      'embedded-tasks': { type: 'string' },
      'shared-tasks': { type: 'string' },
      'shared-members': { type: 'string' },
      'shared-updates': { type: 'string' },
      profile: { type: 'boolean', default: false },
      statements: { type: 'boolean', default: false },
      publish: { type: 'boolean', default: false },
    },
  });
  const mode = values.full ? 'full' : 'quick';
  const preset = PRESETS[mode];
  const number = (text: string | undefined, fallback: number, what: string) => {
    const value = text === undefined ? fallback : Number(text);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${what} must be a positive number (got ${text})`);
    return value;
  };
  const sections = values.only ? list(values.only) : [...SECTIONS];
  for (const section of sections) {
    if (!SECTIONS.includes(section as Section)) throw new Error(`unknown section "${section}"; choose from ${SECTIONS.join(', ')}`);
  }
  const options: BenchOptions = {
    mode,
    sections: sections as Section[],
    seed: number(values.seed, 42, 'seed'),
    tasks: number(values.tasks, preset.tasks, 'tasks'),
    users: number(values.users, preset.users, 'users'),
    heavyTasks: number(values['heavy-tasks'], preset.heavyTasks, 'heavy-tasks'),
    concurrency: list(values.concurrency ?? preset.concurrency).map((c) => number(c, 1, 'concurrency')),
    runs: number(values.runs, preset.runs, 'runs'),
    seconds: number(values.seconds, preset.seconds, 'seconds'),
    rates: list(values.rates ?? preset.rates).map((r) => number(r, 1, 'rates')),
    rateSeconds: number(values['rate-seconds'], preset.rateSeconds, 'rate-seconds'),
    reminders: number(values.reminders, preset.reminders, 'reminders'),
    embeddedTasks: number(values['embedded-tasks'], preset.embeddedTasks, 'embedded-tasks'),
    sharedTasks: number(values['shared-tasks'], preset.sharedTasks, 'shared-tasks'),
    sharedMembers: number(values['shared-members'], preset.sharedMembers, 'shared-members'),
    sharedUpdates: number(values['shared-updates'], preset.sharedUpdates, 'shared-updates'),
    profile: values.profile,
    statements: values.statements,
    publish: values.publish,
  };
  if (options.heavyTasks > options.tasks) throw new Error('--heavy-tasks cannot exceed --tasks');
  return options;
}

/** What every section gets: the options, where to put its figures, and a progress line. */
export interface BenchContext {
  options: BenchOptions;
  rows: Row[];
  notes: Record<string, string[]>;
  log: (line: string) => void;
}

export function addNote(ctx: BenchContext, section: string, text: string): void {
  ctx.notes[section] = [...(ctx.notes[section] ?? []), text];
}
