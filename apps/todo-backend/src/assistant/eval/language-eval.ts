import { createHash } from 'node:crypto';
import { parseDuration } from '@doable/contracts';
import { nextDueDate } from '../../tasks/recurrence.ts';
import { resolveDate, resolveWindowStart } from '../dates.ts';
import { type Interpretation, interpret, type TaskRef } from '../interpreter/offline-interpreter.ts';
import { CATEGORIES, type Category, CORPUS, CORPUS_PROJECTS } from './language-corpus.ts';

// Runs the offline interpreter over the corpus and scores each phrase: right when it calls the expected tool on the
// expected task with the expected arguments, compared by meaning (dates as the instants they name, a rule with its
// first due date as the dates the series falls on, lengths of time in one unit, tags in one spelling, titles without
// case or quotes), and when a phrase that should be asked about calls nothing.

export interface CorpusCase {
  category: Category;
  phrase: string;
  tool: string | null;
  args: Record<string, unknown>;
  target?: TaskRef;
  /** In the held-out fifth, chosen by a hash of the phrase: measured, never looked at while tuning. */
  heldOut: boolean;
}

/** The clock and zone every date phrase is read at: Thursday 22 January 2026, noon, UTC. */
export const EVAL_NOW = new Date('2026-01-22T12:00:00Z');
export const EVAL_ZONE = 'UTC';

/** A fixed split: a fifth of the phrases, by the first 32 bits of their SHA-256, whatever order the file has. */
export function isHeldOut(phrase: string): boolean {
  return Number.parseInt(createHash('sha256').update(phrase).digest('hex').slice(0, 8), 16) % 5 === 0;
}

export function corpusCases(): CorpusCase[] {
  return CATEGORIES.flatMap((category) =>
    CORPUS[category].map(([phrase, tool, args = {}, target]) => ({
      category,
      phrase,
      tool,
      args,
      ...(target ? { target } : {}),
      heldOut: isHeldOut(phrase),
    })),
  );
}

const DATE_KEYS = new Set(['due_date', 'date', 'at', 'due_before', 'due_after']);
const RULE_KEYS = new Set(['pattern', 'recurring']);
const TEXT_KEYS = new Set(['title', 'name', 'query', 'description', 'project', 'email', 'assignee']);
const DURATION_KEYS = new Set(['remind_before', 'before']);
const SHIFT_KEYS = new Set(['by']);
/** How many dates of a series stand for it: the first due date and the ones after it. */
const SERIES_DATES = 5;
const RULE_WORDS: Record<string, string> = { DAILY: 'FREQ=DAILY', WEEKLY: 'FREQ=WEEKLY', MONTHLY: 'FREQ=MONTHLY', YEARLY: 'FREQ=YEARLY' };

const plain = (text: string) =>
  text
    .replace(/["“”‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** A phrase as the instant it names at the evaluation's clock, or as plain text when it names none. */
function dateValue(text: string): string {
  try {
    return resolveDate(text, EVAL_ZONE, EVAL_NOW).toISOString();
  } catch {
    return `unreadable: ${plain(text)}`;
  }
}

export /** A window's start as the filter reads it: the nearest reading before the window's end (resolveWindowStart). */
function windowStartValue(start: string, end: string): string {
  try {
    return resolveWindowStart(start, resolveDate(end, EVAL_ZONE, EVAL_NOW), EVAL_ZONE, EVAL_NOW).toISOString();
  } catch {
    return dateValue(start);
  }
}

export function isReadableDate(text: string): boolean {
  return !dateValue(text).startsWith('unreadable');
}

function ruleValue(rule: string): string {
  const upper = rule.trim().toUpperCase();
  return (RULE_WORDS[upper] ?? upper).split(';').sort().join(';');
}

/** "1h30m" and "90m" alike: seconds. */
function durationValue(text: string): string {
  const seconds = parseDuration(text);
  return seconds === undefined ? `unreadable: ${plain(text)}` : `${seconds}s`;
}

/** An ISO 8601 shift ("P1W", "-P7D") as the calendar units it moves by: weeks are 7 days, a month is not 30 days. */
function shiftValue(text: string): string {
  const match = /^(-?)P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(text.trim().toUpperCase());
  if (!match) return `unreadable: ${plain(text)}`;
  const [, sign = '', years, months, weeks, days, hours, minutes] = match;
  const n = (part: string | undefined) => Number(part ?? 0);
  return `${sign}${12 * n(years) + n(months)}mo ${7 * n(weeks) + n(days)}d ${60 * n(hours) + n(minutes)}min`;
}

/**
 * A rule with its first due date, as the dates the series falls on: "FREQ=YEARLY" due 1 December and
 * "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1" due 1 December are one series; a first date off the rule stays a difference.
 */
function seriesValue(rule: string, due: string): string[] | undefined {
  let date: Date | null;
  try {
    date = resolveDate(due, EVAL_ZONE, EVAL_NOW);
  } catch {
    return undefined;
  }
  const first = date;
  const dates: string[] = [];
  try {
    while (date && dates.length < SERIES_DATES) {
      dates.push(date.toISOString());
      date = nextDueDate({ pattern: rule, basis: 'due', dueDate: date, seriesAnchor: first, completedAt: date, timeZone: EVAL_ZONE });
    }
  } catch {
    return undefined;
  }
  return dates;
}

function argValue(key: string, value: unknown): unknown {
  if (typeof value === 'string') {
    if (DATE_KEYS.has(key)) return dateValue(value);
    if (RULE_KEYS.has(key)) return ruleValue(value);
    if (DURATION_KEYS.has(key)) return durationValue(value);
    if (SHIFT_KEYS.has(key)) return shiftValue(value);
    if (TEXT_KEYS.has(key)) return plain(value);
  }
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item.toLowerCase() : item)).sort();
  return value;
}

/** A task reference by meaning: the words of a title without articles or a trailing "task". */
function refValue(ref: TaskRef | undefined): string | null {
  if (!ref) return null;
  if ('id' in ref) return `#${ref.id}`;
  if ('last' in ref) return 'it';
  return plain(ref.title)
    .replace(/^(?:(?:the|my|a|an|that|this)\s+)+/, '')
    .replace(/\s+(?:task|todo|one|item)$/, '');
}

/** The arguments by meaning; a rule and a due date given together become the one series they make. */
function argsMeaning(args: Record<string, unknown>): [string, unknown][] {
  const ruleKey = Object.keys(args).find((key) => RULE_KEYS.has(key));
  const rule = ruleKey ? args[ruleKey] : undefined;
  const due = args.due_date;
  const series = typeof rule === 'string' && typeof due === 'string' ? seriesValue(rule, due) : undefined;
  const keys = Object.keys(args).filter((key) => !series || (key !== ruleKey && key !== 'due_date'));
  const values: [string, unknown][] = keys.map((key) => [
    key,
    key === 'due_after' && typeof args.due_after === 'string' && typeof args.due_before === 'string'
      ? windowStartValue(args.due_after, args.due_before)
      : argValue(key, args[key]),
  ]);
  if (series) values.push(['series', series]);
  return values.sort(([a], [b]) => a.localeCompare(b));
}

export function meaning(call: { tool: string | null; args: Record<string, unknown>; target?: TaskRef }): string {
  if (call.tool === null) return 'ask';
  return JSON.stringify({ tool: call.tool, args: argsMeaning(call.args), target: refValue(call.target) });
}

export function readPhrase(phrase: string): Interpretation {
  return interpret(phrase, { projects: CORPUS_PROJECTS });
}

export function asCall(got: Interpretation): { tool: string | null; args: Record<string, unknown>; target?: TaskRef } {
  return got.kind === 'call' ? { tool: got.tool, args: got.args, ...(got.target ? { target: got.target } : {}) } : { tool: null, args: {} };
}

export interface Judged {
  case: CorpusCase;
  got: Interpretation;
  right: boolean;
}

export function judge(item: CorpusCase): Judged {
  const got = readPhrase(item.phrase);
  return { case: item, got, right: meaning(asCall(got)) === meaning(item) };
}

export interface CategoryScore {
  category: Category | 'all';
  cases: number;
  right: number;
  /** Right answers in percent, one decimal. */
  percent: number;
}

const percentOf = (right: number, cases: number) => (cases === 0 ? 100 : Math.floor((1000 * right) / cases) / 10);

export function score(judged: Judged[]): CategoryScore[] {
  const rows: CategoryScore[] = CATEGORIES.map((category) => {
    const inCategory = judged.filter((item) => item.case.category === category);
    const right = inCategory.filter((item) => item.right).length;
    return { category, cases: inCategory.length, right, percent: percentOf(right, inCategory.length) };
  });
  const right = judged.filter((item) => item.right).length;
  return [...rows, { category: 'all', cases: judged.length, right, percent: percentOf(right, judged.length) }];
}

export function evaluate(): { tuning: Judged[]; heldOut: Judged[] } {
  const judged = corpusCases().map(judge);
  return { tuning: judged.filter((item) => !item.case.heldOut), heldOut: judged.filter((item) => item.case.heldOut) };
}

/** A Markdown table: what docs/language.md shows. */
export function formatTable(scores: CategoryScore[]): string {
  const lines = ['| category | cases | right | % |', '|---|---:|---:|---:|'];
  for (const row of scores) {
    const name = row.category === 'all' ? '**all**' : row.category;
    lines.push(`| ${name} | ${row.cases} | ${row.right} | ${row.percent.toFixed(1)} |`);
  }
  return lines.join('\n');
}

export function describeMiss(item: Judged): string {
  const want = item.case.tool === null ? 'ask' : JSON.stringify({ tool: item.case.tool, args: item.case.args, target: item.case.target });
  const got = item.got.kind === 'call' ? JSON.stringify({ tool: item.got.tool, args: item.got.args, target: item.got.target }) : 'ask';
  return `[${item.case.category}] ${JSON.stringify(item.case.phrase)}\n    want ${want}\n    got  ${got}`;
}
