import type { Priority } from '@doable/contracts';
import { NOTES } from './notes-said.ts';
import { clean, extractDate } from './phrases.ts';
import { levelOf } from './priority-levels.ts';
import { titleWithoutChatter } from './renames.ts';

// A change that names the field it changes ("change task 11 name to …", "change the notes on the drill to mike task to
// …", "put a note on the drill to mike task that …"): the task is named so that it ends where the value starts (a
// number, "it", or words closed by "task"/"one"), so a value with "to", a date or a weekday in it ("read klara and the
// sun", "write to the council") is the field's new value whole, never a due date or part of the task.

/** "task 11", "#11", "number 11", "11", "it", "that one", "the drill to mike task": a task with a known end. */
export const BOUNDED = String.raw`(?:(?:task|todo|item|number|no\.?)\s*#?\d+|#?\d+|it|that(?:\s+one)?|this(?:\s+one)?|(?:the|my)\s+[^,:;"“]+?\s+(?:task|todo|one|item|thing))`;
/** "the report", "my tax return": a task whose words hold no "to", "into" or "as", so it ends at the value's lead. */
const UNBOUNDED = String.raw`(?:the|my)(?:\s+(?!(?:to|into|as)\b)[^\s,:;"“]+)+?`;
const TITLE = '(?:title|name|wording)';
const CHANGE = '(?:change|set|update|edit|fix|switch|make|correct)';
// "to read …" leads a title only as "to read:": "read the klara book" is as likely the title itself.
const VALUE_LEAD = String.raw`(?:\s+(?:to|into|as)(?:\s+say|\s+read(?=\s*:))?\s*:?\s+|\s*(?::|→|->|=>)\s*|\s+[-–—]\s+)`;
const NOTES_VALUE_LEAD = String.raw`(?:\s+(?:to|into|as)(?:\s+(?:say|read))?\s*:?\s+|\s*(?::|→|->|=>)\s*|\s+[-–—]\s+)`;
const NOTE_LEAD = String.raw`(?:\s+(?:that\s+says|saying|that)\s+|\s*:\s*|\s+[-–—]\s+)`;

type Field = 'title' | 'description';

const WAYS: [RegExp, Field][] = [
  // "change the name of 15 to read klara and the sun", "update the title on task 4 to meet at the station at 5".
  [new RegExp(String.raw`^${CHANGE}\s+(?:the\s+)?${TITLE}\s+(?:of|on|for|in)\s+(${BOUNDED})${VALUE_LEAD}(.+)$`, 'i'), 'title'],
  // "change task 11 name to write to the council", "set the drill to mike task's title to …".
  [new RegExp(String.raw`^${CHANGE}\s+(${BOUNDED})(?:'s)?\s+${TITLE}${VALUE_LEAD}(.+)$`, 'i'), 'title'],
  // "change the report title to Report for Friday", "change the title of the report to …": a task of plain words.
  [new RegExp(String.raw`^${CHANGE}\s+(?:the\s+)?${TITLE}\s+(?:of|on|for|in)\s+(${UNBOUNDED})${VALUE_LEAD}(.+)$`, 'i'), 'title'],
  [new RegExp(String.raw`^${CHANGE}\s+(${UNBOUNDED})(?:'s)?\s+${TITLE}${VALUE_LEAD}(.+)$`, 'i'), 'title'],
  // "change the notes on the drill to mike task to pack the charger".
  [new RegExp(String.raw`^${CHANGE}\s+(?:the\s+)?${NOTES}\s+(?:of|on|for|in)\s+(${BOUNDED})${NOTES_VALUE_LEAD}(.+)$`, 'i'), 'description'],
  [new RegExp(String.raw`^${CHANGE}\s+(${BOUNDED})(?:'s)?\s+${NOTES}${NOTES_VALUE_LEAD}(.+)$`, 'i'), 'description'],
  // "put a note on the drill to mike task that the spare key is with Dave", "add a description to 12: …".
  [
    new RegExp(
      String.raw`^(?:add|put|leave|write|attach|stick|pin)\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:new\s+)?${NOTES}\s+(?:on|to|onto|for|in)\s+(${BOUNDED})${NOTE_LEAD}(.+)$`,
      'i',
    ),
    'description',
  ],
];

/** The task, the field and its new value when the sentence names the field and a task with a known end; else undefined. */
export function readFieldNamed(text: string): { ref: string; args: { title: string } | { description: string } } | undefined {
  for (const [pattern, field] of WAYS) {
    const said = pattern.exec(text);
    const value = said?.[2]?.trim();
    if (!said?.[1] || !value) continue;
    return field === 'title'
      ? { ref: said[1], args: { title: clean(titleWithoutChatter(value)).replace(/^["“'](.*)["”']$/, '$1') } }
      : { ref: said[1], args: { description: value } };
  }
  return undefined;
}

/**
 * "change the priority of the trip to paris task to high", "set the due date for 12 to friday", "change the time on the
 * haircut to half 4" (its due time): the field first.
 */
const LEVEL_OR_DATE_FIRST =
  /^(?:change|set|update|switch|swap|make|move|bump|push)\s+(?:the\s+|its\s+)?(priority|prio|due(?:\s+date)?|deadline|date|time)\s+(?:of|on|for)\s+(.+)$/i;

/**
 * The task and the level or date when the sentence names the field first. The value is read whole after each "to" in
 * turn, so a title with "to" in it ("the trip to paris task") keeps its words.
 */
export function readLevelOrDateNamed(
  text: string,
):
  | { tool: 'set_priority'; ref: string; args: { priority: Priority } }
  | { tool: 'set_due_date'; ref: string; args: { date: string } }
  | undefined {
  const said = LEVEL_OR_DATE_FIRST.exec(text);
  if (!said?.[1] || !said[2]) return undefined;
  const isLevel = /^pri/i.test(said[1]);
  const rest = said[2];
  for (const to of rest.matchAll(/\s+(?:to|as|for|till|until)\s+/gi)) {
    const ref = rest.slice(0, to.index).trim();
    const value = rest.slice((to.index ?? 0) + to[0].length).trim();
    if (!ref || !value) continue;
    if (isLevel) {
      const level = levelOf(value);
      if (typeof level === 'string') return { tool: 'set_priority', ref, args: { priority: level } };
    } else {
      // "change the time on the dentist to 4": a bare hour after "time" is that hour.
      const hour = /^time$/i.test(said[1]) && /^\d{1,2}(?:[:.]\d{2})?$/.test(value) ? `at ${value}` : value;
      const date = extractDate(` ${hour}`);
      if (date.date && !clean(date.text)) return { tool: 'set_due_date', ref, args: { date: hour } };
    }
  }
  return undefined;
}
