import { recurrencePattern } from './recurrence.ts';

// "bins out every tuesday night and the recycling every other week": two series in one sentence, each with its own
// rule. Read as one, the second rule stayed in the first one's title; each is added on its own instead.

/** What follows "and" or a comma, when it holds a rule of its own ("… every other week"). */
const AFTER_AND = /(?:\s+and\s+|\s*[,;]\s*)(?:then\s+|also\s+)?(.*\b(?:every|each)\s+\S.*)$/i;

/** The question to ask when what is left of a series' title holds a second rule, or undefined. */
export function secondSeriesAsked(title: string): string | undefined {
  const second = AFTER_AND.exec(title)?.[1];
  return second && recurrencePattern(second) ? 'Two repeating tasks at once: which first? Say one, then the other.' : undefined;
}
