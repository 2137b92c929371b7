import { createHash } from 'node:crypto';
import type { TaskRef } from '../interpreter/offline-interpreter.ts';
import { type CorpusCase, type Judged, judge } from './language-eval.ts';

// Variants of the tuning part's phrases with other content in the same wording: another task's title where the
// phrase names one, another weekday or hour, a "please" before or a "thanks" after, all in capitals; the expected
// result changed to match. A rule fitted to a row's words misses its variants; a rule fitted to the language does
// not. Only the tuning part is varied (its titles make the pools too), so the held-out part stays unseen.

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'friday'];
const TITLE_SWAPS = 3;
const PLAIN_WORDS = /^[a-z]+(?: [a-z]+)*$/i;

export interface Variant extends Judged {
  /** The tuning phrase it was made from. */
  from: string;
  change: 'title' | 'target' | 'weekday' | 'hour' | 'please' | 'thanks' | 'capitals';
}

const pick = <T>(pool: T[], seed: string, count: number): T[] => {
  const start = Number.parseInt(createHash('sha256').update(seed).digest('hex').slice(0, 8), 16);
  return Array.from({ length: Math.min(count, pool.length) }, (_, i) => pool[(start + i * 7) % pool.length] as T);
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces whole-word occurrences, case-insensitively, in a string and in every string inside a value. */
function replaceWords<T>(value: T, from: string, to: string): T {
  const pattern = new RegExp(`\\b${escapeRegExp(from)}\\b`, 'gi');
  const swap = (text: string) => text.replace(pattern, to);
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return swap(item);
    if (Array.isArray(item)) return item.map(walk);
    if (item && typeof item === 'object') return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    return item;
  };
  return walk(value) as T;
}

const mentions = (phrase: string, words: string) => new RegExp(`\\b${escapeRegExp(words)}\\b`, 'i').test(phrase);

/** Titles the tuning part adds plainly (two to five words), and the short titles it names existing tasks by. */
function pools(tuning: CorpusCase[]): { titles: string[]; targets: string[] } {
  const titles = new Set<string>();
  const targets = new Set<string>();
  for (const item of tuning) {
    const title = item.args.title;
    const words = typeof title === 'string' ? title.split(' ').length : 0;
    if (
      item.tool === 'add_task' &&
      Object.keys(item.args).length === 1 &&
      typeof title === 'string' &&
      PLAIN_WORDS.test(title) &&
      words >= 2 &&
      words <= 5
    )
      titles.add(title.toLowerCase());
    const target = item.target && 'title' in item.target ? item.target.title : undefined;
    if (target && PLAIN_WORDS.test(target) && target.split(' ').length <= 3) targets.add(target.toLowerCase());
  }
  return { titles: [...titles].sort(), targets: [...targets].sort() };
}

function variantCases(item: CorpusCase, titles: string[], targets: string[]): [CorpusCase, Variant['change']][] {
  const made: [CorpusCase, Variant['change']][] = [];
  const title = typeof item.args.title === 'string' ? item.args.title : undefined;
  if (title && mentions(item.phrase, title)) {
    for (const other of pick(titles, item.phrase, TITLE_SWAPS).filter((t) => t !== title.toLowerCase()))
      made.push([{ ...item, phrase: replaceWords(item.phrase, title, other), args: { ...item.args, title: other } }, 'title']);
  }
  const target = item.target && 'title' in item.target ? item.target.title : undefined;
  if (target && mentions(item.phrase, target) && !mentions(JSON.stringify(item.args), target)) {
    for (const other of pick(targets, `${item.phrase}#target`, TITLE_SWAPS).filter((t) => t !== target.toLowerCase())) {
      const ref: TaskRef = { title: other };
      made.push([{ ...item, phrase: replaceWords(item.phrase, target, other), target: ref }, 'target']);
    }
  }
  // The expected dates are mostly written as instants ("2026-01-23 14:00"): a weekday or an hour is varied only where
  // the expected result says it in words too, so that one replacement changes both.
  const expected = JSON.stringify([item.args, item.target ?? null]);
  const weekday = WEEKDAYS.find((day) => mentions(item.phrase, day) && mentions(expected, day));
  const other = weekday && (WEEKDAYS[(WEEKDAYS.indexOf(weekday) + 1) % WEEKDAYS.length] as string);
  if (weekday && other && !mentions(item.phrase, other)) {
    const varied = replaceWords(item, weekday, other);
    // A rule names its days by code: BYDAY=WE becomes BYDAY=FR with "wednesday".
    const pattern = varied.args.pattern;
    const code = (day: string) => day.slice(0, 2).toUpperCase();
    if (typeof pattern === 'string') varied.args = { ...varied.args, pattern: replaceWords(pattern, code(weekday), code(other)) };
    made.push([varied, 'weekday']);
  }
  const hour = /\b([1-9]|10)\s?(am|pm)\b/i.exec(item.phrase);
  if (hour && mentions(expected, hour[0])) {
    const from = hour[0];
    const to = from.replace(/\d+/, (h) => String(Number(h) + 1));
    made.push([replaceWords(item, from, to), 'hour']);
  }
  // Politeness and chatter around a request, and a phrase typed in capitals, change nothing it asks for.
  if (item.tool !== null && item.category !== 'noise') {
    made.push([{ ...item, phrase: `please ${item.phrase}` }, 'please']);
    made.push([{ ...item, phrase: `${item.phrase.replace(/[.!?]+$/, '')}, thanks!` }, 'thanks']);
    made.push([{ ...item, phrase: item.phrase.toUpperCase() }, 'capitals']);
  }
  return made;
}

/** Every variant of the tuning part's right readings, judged. */
export function evaluateVariants(tuning: Judged[]): Variant[] {
  const cases = tuning.map((judged) => judged.case);
  const { titles, targets } = pools(cases);
  return tuning
    .filter((judged) => judged.right)
    .flatMap((judged) =>
      variantCases(judged.case, titles, targets).map(([variant, change]) => ({ ...judge(variant), from: judged.case.phrase, change })),
    );
}
