import type { Priority } from '@doable/contracts';
import { tagSchema } from '@doable/contracts';
import { BEFORE, DURATION, REMIND_VERB, TIME_TAG, toDuration } from '../assistant/interpreter/phrases.ts';
import { HIGH_WORDS, LOW_PRIORITY, PRIORITY_NUMBER } from '../assistant/interpreter/priority-words.ts';

// The chat's interpreter reads its rules through this module, as it did before they had a file of their own.
export { findRecurrences, type RecurrenceMatch } from './quick-add-recurrence.ts';

// The Todoist-style marks of a quick-add line, each found by a pattern on the line as it stands after protected
// and already-read parts were masked. Every match keeps its offsets so the web app can show it as a chip.

export interface Match {
  start: number;
  end: number;
  value: string;
}

/** Every match of `pattern` (global) in `text`, with `read` turning it into a value or refusing it (undefined). */
export function matchAll(text: string, pattern: RegExp, read: (match: RegExpExecArray) => string | undefined): Match[] {
  const found: Match[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = read(match);
    if (value !== undefined) found.push({ start: match.index, end: match.index + match[0].length, value });
  }
  return found;
}

const PRIORITY_OF_NUMBER: Record<string, Priority> = { '1': 'high', '2': 'medium', '3': 'low', '4': 'medium' };
const PRIORITY_WORD: Record<string, Priority> = {
  high: 'high',
  highest: 'high',
  top: 'high',
  medium: 'medium',
  normal: 'medium',
  mid: 'medium',
  low: 'low',
  lowest: 'low',
};

/** Patterns for a priority, most specific first: "not urgent" must be read before "urgent" can be. */
const PRIORITY_PATTERNS: [RegExp, (match: RegExpExecArray) => Priority | undefined][] = [
  [new RegExp(`\\b${LOW_PRIORITY}\\b`, 'giu'), () => 'low'],
  [/(?<![\p{L}\p{N}_])p([1-4])(?![\p{L}\p{N}_])/giu, (m) => PRIORITY_OF_NUMBER[m[1] ?? '']],
  [/(?<!\S)!([1-3])(?![\p{L}\p{N}_])/gu, (m) => PRIORITY_OF_NUMBER[m[1] ?? '']],
  [/(?<!\S)!(high|medium|low)\b/giu, (m) => PRIORITY_WORD[(m[1] ?? '').toLowerCase()]],
  // "!!" or "!!!" standing alone: urgent, as the chat reads it ("done!!" keeps its marks).
  [/(?<!\S)!{2,}(?!\S)/gu, () => 'high'],
  [/\b(high|highest|top|medium|normal|mid|low|lowest)[\s-]*(?:priority|prio)\b/giu, (m) => PRIORITY_WORD[(m[1] ?? '').toLowerCase()]],
  [new RegExp(PRIORITY_NUMBER, 'giu'), (m) => PRIORITY_OF_NUMBER[m[1] ?? '']],
  [/\b(?:priority|prio)\s*:?\s*(high|medium|normal|low)\b/giu, (m) => PRIORITY_WORD[(m[1] ?? '').toLowerCase()]],
  // "important" alone is too often a title's word ("important email"); "very important" and "urgent" are not. The
  // marks said with them ("ASAP!!") go with them.
  [new RegExp(`\\b(?:(?!important\\b)${HIGH_WORDS}|asap)\\b!*`, 'giu'), () => 'high'],
];

export function findPriorities(text: string, claim: (match: Match) => boolean): Match[] {
  const found: Match[] = [];
  for (const [pattern, read] of PRIORITY_PATTERNS) {
    for (const match of matchAll(text, pattern, read)) if (claim(match)) found.push(match);
  }
  return found;
}

/** A project a line may name with `#name`: one the caller may add tasks to. */
export interface QuickAddProject {
  id: number;
  name: string;
}

/**
 * `#name` naming one of `projects` (case-insensitively), at the start of a word. A name may hold spaces
 * (`#Home Projects`): the longest project name that ends at a word's end wins, so `#Home Projects` is the project
 * "Home Projects" when there is one, and the project "Home" followed by the title word "Projects" otherwise. Such a
 * name typed as one word names it too (`#home-projects`, `#HomeProjects`).
 */
export function findProjects(text: string, projects: readonly QuickAddProject[]): Match[] {
  const longestFirst = [...projects].sort((a, b) => b.name.length - a.name.length);
  const found: Match[] = [];
  for (const hash of text.matchAll(/(?<!\S)#(?=\S)/gu)) {
    const from = hash.index + 1;
    const project = longestFirst.find((candidate) => {
      const end = from + candidate.name.length;
      return (
        candidate.name !== '' &&
        text.slice(from, end).toLowerCase() === candidate.name.toLowerCase() &&
        !/^[\p{L}\p{N}_-]/u.test(text.slice(end))
      );
    });
    if (project) {
      found.push({ start: hash.index, end: from + project.name.length, value: String(project.id) });
      continue;
    }
    // A name of several words typed as one, the way tags are (`#garden-club`, `#GardenClub`, `#home_projects`).
    const word = /^[\p{L}\p{N}_-]+/u.exec(text.slice(from))?.[0] ?? '';
    const typedAsOne = projects.find((candidate) => /\s/u.test(candidate.name) && asOneWord(candidate.name) === asOneWord(word));
    if (typedAsOne) found.push({ start: hash.index, end: from + word.length, value: String(typedAsOne.id) });
  }
  return found;
}

const asOneWord = (name: string) => name.toLowerCase().replace(/[\s_-]+/gu, '');

/** `@label` and `#name` (a tag unless it names a project), at the start of a word: an e-mail address is no tag. */
export function findTags(text: string): Match[] {
  return matchAll(text, /(?<!\S)[@#]([\p{L}\p{N}_-]*\p{L}[\p{L}\p{N}_-]*)/gu, (match) => {
    if (TIME_TAG.test(match[1] ?? '')) return undefined;
    const parsed = tagSchema.safeParse(match[1] ?? '');
    return parsed.success ? parsed.data : undefined;
  });
}

const REMIND = '(?:remind|ping|alert|nudge|notify)\\s+me';
/** "don't let me forget 1h before", "buzz me 1h before", "give me a buzz 1h before" (the chat reads them the same). */
const OTHER_REMIND_VERB =
  "(?:(?:don'?t|do\\s+not)\\s+let\\s+me\\s+forget|(?:buzz|poke|prod)\\s+me|give\\s+me\\s+a\\s+(?:buzz|poke|prod|holler))";
/** "remind me 1h before", "ping me 20 min before", "reminder 30m before", "remind me the day before". */
const REMIND_BEFORE = new RegExp(
  `(?:\\+\\s*)?\\b(?:${REMIND_VERB}|${OTHER_REMIND_VERB}|(?:with\\s+|set\\s+|add\\s+)?(?:a\\s+)?reminder(?:\\s+for)?\\s*:?)\\s+(?:(${DURATION})|the\\s+(day|night|week|hour)|an?\\s+(day|week|hour))\\s+${BEFORE}\\b|\\b(?:with|and|plus)\\s+an?\\s+(${DURATION})\\s+reminder\\b`,
  'giu',
);
const UNIT_LETTER: Record<string, string> = { day: '1d', night: '1d', week: '1w', hour: '1h' };

export function findRemindersBefore(text: string): Match[] {
  return matchAll(text, REMIND_BEFORE, (match) => {
    const amount = match[1] ?? match[4];
    if (amount) return toDuration(amount.replace(/\s+/g, ' ')) ?? undefined;
    return UNIT_LETTER[(match[2] ?? match[3] ?? '').toLowerCase()];
  });
}

/** Where "remind me" (or "ping me", …) starts a phrase that may name a time: "remind me at 5pm". */
export function findRemindAt(text: string): { start: number; lead: number }[] {
  return [...text.matchAll(new RegExp(`\\b${REMIND}\\s+(?:(?:at|on)\\s+)?`, 'giu'))].map((match) => ({
    start: match.index,
    lead: match.index + match[0].length,
  }));
}

/** `//` at the start of the line or after a space: the rest of the line is the description (a URL's `://` is not). */
export function findDescription(text: string): Match | undefined {
  const match = /(?:^|\s)\/\/(.*)$/su.exec(text);
  if (!match) return undefined;
  const start = match.index + (match[0].startsWith('//') ? 0 : 1);
  return { start, end: text.length, value: (match[1] ?? '').trim() };
}
