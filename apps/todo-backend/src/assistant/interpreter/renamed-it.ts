import { dateReader } from '../dates.ts';
import { levelOf } from './priority-levels.ts';
import { isWholeDate, isWholeRule } from './whole-dates.ts';

// A new title for the task the conversation is on, said with "change": "change that to buy oat milk", "change it to
// call mom and dad". Only when the new words are no other field: a date, a time, a rule, a level, a lead time or a
// place are read by the rules for those ("change it to 6pm", "change that to high"), and one word is asked about.

const CHANGE_IT = /^(?:change|switch)\s+(?:it|that|this|that\s+one|this\s+one)\s+to\s+(?:say\s+|read\s+)?(.+)$/i;
/** Words that name another field than the title, or a change to the list rather than a name. */
const OTHER_FIELD =
  /\b(?:before|after|earlier|later|priority|prio|urgent|important|tags?|labels?|#\S+|project|list|inbox|reminders?|every|each|daily|weekly|monthly|yearly|done|complete|completed|finished|pending|open)\b/i;

export function renamedIt(text: string): string | undefined {
  const title = CHANGE_IT.exec(text.trim())?.[1]?.trim();
  if (!title || title.split(/\s+/).length < 2 || OTHER_FIELD.test(title)) return undefined;
  if (isWholeDate(title) || isWholeRule(title) || levelOf(title) || dateReader.parse(title).length > 0) return undefined;
  return title;
}
