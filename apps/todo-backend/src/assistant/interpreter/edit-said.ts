// Changes to a task's title, notes, tags or repeat said in other ways than "rename X to Y" or "add a note to X: …":
// the old title quoted ("change "pick up parcel" to "pick up parcel from depot""), what it should say ("make the
// heating task say …"), a correction ("fix the spelling on 27: it should be …", "i wrote X, correct it to Y"), the field
// after a colon ("update task 12: title should be …"); the notes (notes-said.ts) and the tags as a whole
// (tags-replaced.ts) are read by their own rules.

import type { Priority } from '@doable/contracts';
import { NOTES, readNotesSaid } from './notes-said.ts';
import { clean, extractDate } from './phrases.ts';
import { levelOf } from './priority-levels.ts';
import { PRIORITY_VALUE, priorityValue } from './priority-words.ts';
import { wrongTitleOfLast } from './rename-clauses.ts';
import { titleWithoutChatter } from './renames.ts';
import { readTagsReplaced } from './tags-replaced.ts';
import { englishTerms } from './word-roots.ts';

export type EditSaid =
  | {
      ref: string;
      args:
        | { title: string; description?: string; priority?: Priority }
        | { description: string }
        | { tags: string[]; description?: string }
        | { due_date: null; tags?: []; description?: '' }
        | { recurring: null };
    }
  /** A field named without its new value ("add a note to the plumber task"): asked, never a task titled so. */
  | { ask: string };

/** A reference that says a field, not a task: "make the description of 5 say …" changes the notes. */
const NAMES_A_FIELD = new RegExp(String.raw`\b(?:${NOTES}|tags?|labels?|priority|due\s+date|deadline)\b`, 'i');

/** Each way of saying a new title: the task (first group) and the title (second). */
const NEW_TITLE = [
  // "change "pick up parcel" to "pick up parcel from depot"": both quoted, so never a date or a project. "… back to …"
  // takes back a rename: the old title is the new one.
  /^(?:change|edit|update|fix|correct|replace|turn)\s+(["“][^"”]+["”]|'[^']+')\s+(?:back\s+)?(?:to|into|with|as)\s+(?:["“]([^"”]+)["”]|'([^']+)')$/i,
  // "call task 4 "Email Mr Hughes" instead", "name 5 Pay the nursery", "retitle task 4 as Call mum".
  /^(?:call|name|retitle)\s+((?:task\s+|#)?\d+)\s+(?:(?:as|to)\s+)?(.+?)(?:\s+instead)?$/i,
  // "make the title of task 3 "Book flights"": a quoted title after the field.
  /^(?:make|set)\s+(?:the\s+)?(?:title|name)\s+(?:of|for|on)\s+(.+?)\s+(?:to\s+)?["“]([^"”]+)["”]$/i,
  // "the car wash is now called wash the van".
  /^(.+?)\s+(?:is|'s)\s+now\s+(?:called|named|titled)\s+(.+)$/i,
  // "change that one to say pick up the kids": the task the conversation is about ("make it read the gas meter" may
  // be a title "read the gas meter", and is read with the clause before it).
  /^(?:change|edit|update|fix)\s+(it|that(?:\s+one)?|this(?:\s+one)?)\s+(?:to\s+)?(?:say|read)\s*:?\s+(.+)$/i,
  /^make\s+(it|that(?:\s+one)?|this(?:\s+one)?)\s+say\s*:?\s+(.+)$/i,
  // "change the school form task so it says …", "edit 3 so that it reads …".
  /^(?:change|edit|update|fix|reword)\s+(.+?)\s+so\s+(?:that\s+)?it\s+(?:says|reads)\s*:?\s+(.+)$/i,
  // "change its title to …": the task the conversation is about ("its" names it).
  /^(?:change|set|update|edit|fix)\s+(it)s\s+(?:title|name|wording)\s+(?:to|as|into)\s*:?\s+(.+)$/i,
  // "fix the spelling on 27: it should be Pay the optician".
  /^(?:fix|correct)\s+(?:the\s+)?(?:spelling|typo|title|name|wording)\s+(?:on|of|in|for)\s+(.+?)\s*(?::|,|;|\s[-–—])\s*(?:it\s+)?(?:should\s+(?:be|say|read)|is)\s*:?\s+(.+)$/i,
  // "i wrote vaccum the car, pls correct it to vacuum the car".
  /^(?:i|we)\s+(?:wrote|typed|put|spelt|spelled)\s+(.+?)(?:\s+wrong(?:ly)?)?\s*[,;]\s*(?:(?:pls|please|plz|can\s+you|could\s+you|so)\s+)*(?:correct|change|fix|rename)\s+it\s+(?:to|into|as)\s*:?\s+(.+)$/i,
  // "update task twelve: title should be Order new tyres", "edit 7: the title is now …".
  /^(?:update|edit|change|fix)\s+(.+?)\s*:\s*(?:the\s+)?(?:new\s+)?(?:title|name)\s+(?:should\s+be|is\s+now|is|will\s+be)\s*:?\s+(.+)$/i,
  // "change task 3 title from Call Ben to Call Bea": the old title said again is no part of the new one.
  /^(?:change|fix|update|edit)\s+(?!the\s+(?:title|name)\b)(.+?)(?:'s)?\s+(?:title|name)\s+from\s+.+?\s+to\s+(.+)$/i,
  // "new title for 5: call Jo", "new name for the gym - yoga": never a task titled "title for 5".
  /^(?:(?:a|the)\s+)?new\s+(?:title|name)\s+(?:for|of|on)\s+([^,;:]+?)\s*(?::|→|->|=>|\s[-–—])\s*(.+)$/i,
  // "give 5 the title call Jo", "give the gym a new name: yoga", "give the boiler task a proper name: …".
  /^give\s+(.+?)\s+(?:the|a)\s+(?:(?:new|proper|better|clearer|decent|real|sensible|shorter|nicer)\s+)?(?:title|name)\s*:?\s+(.+)$/i,
  // "replace the title of 5 with call Jo", "swap the name of the gym for yoga".
  /^(?:replace|swap)\s+(?:the\s+)?(?:title|name)\s+(?:of|on|for)\s+(.+?)\s+(?:with|for)\s+(.+)$/i,
  // "dentist task → "Dentist, Mon 9:15"": a task named as such, an arrow, its new title.
  /^(?!(?:rename|retitle|change|edit|update|set|fix|make|move)\b)((?:the\s+|my\s+)?[^,;:"“→]+?\s+(?:task|todo|one))\s*(?:→|->|=>)\s*(.+)$/i,
  // "update the gym title: yoga", "5's title → call Jo".
  /^(?!(?:add|create|new|make|put|todo)\b)(?:(?:update|change|edit|set)\s+)?([^,;:]+?)(?<!\s(?:a|an|new|the|its))(?:'s)?\s+(?:title|name)\s*(?::|→|->|=>)\s*(.+)$/i,
  // "the gym should be renamed yoga", "the gym needs renaming to yoga", "can the gym be called yoga".
  /^(?:can|could)\s+(.+?)\s+be\s+(?:called|named|renamed)\s+(?:to\s+|as\s+)?(.+)$/i,
  /^(.+?)\s+(?:should\s+be|needs\s+to\s+be|must\s+be)\s+(?:renamed|retitled)\s+(?:to\s+|as\s+)?(.+)$/i,
  /^(.+?)\s+needs\s+(?:renaming|retitling|a\s+new\s+(?:name|title))\s*(?:to\s+|as\s+|:\s*)(.+)$/i,
  // "title of 5 → call Jo".
  // "tidy up the title of the car one: Car - MOT + service".
  /^(?:(?:update|change|edit|set|fix|(?:tidy|clean|sort)\s+up|sort\s+out)\s+)?(?:the\s+)?(?:title|name)\s+(?:of|for|on)\s+([^,;:]+?)\s*(?:→|->|=>|:)\s*(.+)$/i,
  // "I want the report to say quarterly report".
  /^(?:i\s+want|i'?d\s+like|i\s+would\s+like)\s+(.+?)\s+to\s+(?:say|read)\s*:?\s+(.+)$/i,
  // "the report, call it quarterly report" ("…, call it done" says it is done).
  /^([^,]+?)\s*,\s*(?:please\s+)?(?:call|name|rename|retitle)\s+it\s+(?:to\s+|as\s+)?(?!(?:done|finished|complete|completed|a\s+day|quits|off)$)(.+)$/i,
  // "rename report: quarterly report": the title after a colon (a colon inside a quoted title is the title's, and so
  // is one after "to": "rename it to call mum re: christmas").
  /^(?:rename|retitle)\s+(["“][^"”]+["”]|(?![^:]*\sto\s)[^:"“]+?)(?:\s*,?\s*(?:the\s+)?new\s+(?:name|title)|\s+(?:to|as|into))?\s*:\s*(.+)$/i,
  // "the report title should be Q3 report".
  /^([^,]+?)(?:'s)?\s+(?:title|name)\s+(?:should\s+be|is\s+now)\s*:?\s+(.+)$/i,
  // "change the gutter one to say …", "make the heating task say …" ("make it read …" after a clause naming the task is
  // read with that clause).
  /^(?:change|make|edit|update|fix|set)\s+(?!(?:it|that|this)\s|(?:the\s+)?(?:wording|text|title|name)\s+(?:of|on|for)\s)([^,;:]+?)\s+(?:to\s+)?(?:say|read)\s*:?\s+(.+)$/i,
];

/** "edit 12: new title Book the boiler service, note: ask for Gary": the title, then the notes. */
const TITLE_AND_NOTES = new RegExp(
  String.raw`^(?:update|edit|change)\s+(.+?)\s*:\s*(?:the\s+)?(?:new\s+)?(?:title|name)\s*:?\s+(.+?)\s*[,;]\s*(?:the\s+)?(?:new\s+)?${NOTES}\s*:\s*(.+)$`,
  'i',
);
/** "change 8 to "Call the vet about Max" and make it low priority": a quoted title, then the priority. */
const TITLE_AND_PRIORITY = new RegExp(
  String.raw`^(?:change|rename)\s+(.+?)\s+to\s+["“]([^"”]+)["”]\s*,?\s+and\s+(?:make|set|mark)\s+it\s+(?:to\s+|as\s+)?(${PRIORITY_VALUE})(?:\s+(?:priority|prio))?$`,
  'i',
);

/** A field that can be taken off a task: its date, its tags or its notes. */
const FIELD_OFF = String.raw`((?:due\s+)?dates?|deadlines?|tags|labels|${NOTES})`;
/**
 * "wipe the tags and the note off the gutter task", "clear the date and the tags on the reading one": both taken off
 * at once, the task stays.
 */
const TWO_FIELDS_OFF = new RegExp(
  String.raw`^(?:remove|delete|clear|drop|wipe|scrub|strip|erase|get\s+rid\s+of|take|lose)\s+(?:all\s+)?(?:the\s+|its\s+)?${FIELD_OFF}\s+(?:and|&)\s+(?:the\s+|its\s+)?${FIELD_OFF}\s+(?:from|off|on|of)\s+(.+)$`,
  'i',
);

/** The args that take a field off: no date, no tags, no notes. */
function fieldOff(field: string): { due_date: null } | { tags: [] } | { description: '' } {
  if (/dates?$|deadlines?$/i.test(field)) return { due_date: null };
  if (/^(?:tags|labels)$/i.test(field)) return { tags: [] };
  return { description: '' };
}

function twoFields(text: string): EditSaid | undefined {
  const [, first, second, off] = TWO_FIELDS_OFF.exec(text) ?? [];
  if (first && second && off) {
    const args = { ...fieldOff(first), ...fieldOff(second) };
    // "the notes and the description": one field said twice is no two fields.
    if (Object.keys(args).length === 2) return { ref: off, args };
  }
  const notes = TITLE_AND_NOTES.exec(text);
  if (notes?.[1] && notes[2] && notes[3]) return { ref: notes[1], args: { title: clean(notes[2]), description: notes[3].trim() } };
  const level = TITLE_AND_PRIORITY.exec(text);
  const priority = level?.[3] ? priorityValue(level[3]) : undefined;
  if (level?.[1] && level[2] && priority) return { ref: level[1], args: { title: clean(level[2]), priority } };
  return undefined;
}

/**
 * "stop the repeat on the newsletter", "remove the recurrence from 5", "the bins shouldn't repeat": the task stops
 * repeating and stays (never deleted for "remove …").
 */
const NO_REPEAT = [
  /^(?:stop|remove|delete|drop|clear|cancel|end|turn\s+off|switch\s+off|take\s+off|get\s+rid\s+of)\s+(?:the\s+|its\s+)?(?:repeats?|repetition|recurrence|recurring|repeating|repeat\s+rule|recurrence\s+rule)\s+(?:on|from|for|of)\s+(.+)$/i,
  /^no\s+more\s+(?:repeats?|repeating|recurrence|recurring)\s+(?:on|for|of)\s+(.+)$/i,
  /^(.+?)\s+(?:shouldn'?t|should\s+not|doesn'?t\s+need\s+to|does\s+not\s+need\s+to)\s+(?:repeat|recur)(?:\s+any\s*more)?$/i,
  // "the bins are a one-off now", "the standup doesn't repeat anymore".
  /^(.+?)\s+(?:is|are|'s)\s+(?:now\s+|just\s+)?(?:a\s+)?one[-\s]?(?:off|time)(?:\s+(?:task|thing))?(?:\s+now)?$/i,
  /^(.+?)\s+(?:doesn'?t|does\s+not|won'?t|will\s+not)\s+(?:repeat|recur)\s+any\s*more$/i,
];

/** Words that lead to a value: what follows them is what the field should say. */
const VALUE_WORDS = /\b(?:saying|says|say|that|to|into|as|with|reading|reads|read|should|is|:)\b|\s[-–—]\s/i;

/** "add a note to the plumber task", "change the title of 5": which field is said, what it should say is not. */
const FIELD_WITHOUT_VALUE = [
  new RegExp(
    String.raw`^(?:add|attach|put|leave|write|give|pin|stick)\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:new\s+)?(${NOTES})\s+(?:to|on|onto|for|in)\s+([^:"“]+)$`,
    'i',
  ),
  /^(?:change|edit|update|fix|correct)\s+(?:the\s+)?(title|name|wording|spelling)\s+(?:of|on|for|in)\s+([^:"“]+)$/i,
  // "add a note", "change the name": no task either; the second group is empty.
  new RegExp(String.raw`^(?:add|attach|write|leave|put|pin)\s+(?:a\s+|an\s+|some\s+)?(?:new\s+)?(${NOTES})()$`, 'i'),
  /^(?:change|edit|update|fix)\s+(?:the\s+)?(title|name|wording)()$/i,
];

/**
 * "add a note to 9, gate code 4471", "add a note to the bank task. ask about the overdraft": a task named as one, then
 * a comma or a full stop where a colon would go, then the note.
 */
const NOTE_AFTER_STOP = /^((?:task\s+|#)?\d+|it|that(?:\s+one)?|(?:the|my)\s+[^,.]+?\s(?:task|todo|one|item))\s*[,.]\s+(\S.*)$/i;

/** "change the laundry to fold laundry", "change the dentist task to dentist checkup": maybe a new title. */
const CHANGE_TO =
  /^(?:change|switch|turn|update|edit|fix|correct)\s+(?!(?:the\s+)?(?:title|name|description|notes?|tags?|priority|due\s+date|deadline|date)\b)([^,;:"“]+?)\s+(?:to|into)\s+([^,;]+)$/i;
/** A task named as such: "the dentist task", "the gym one", "task 4", "4" ("change it to Sam" is asked about). */
const NAMED_AS_TASK = /(?:\s(?:task|todo|one|item)|^(?:task\s+|#)?\d+)$/i;
/** Words of no weight when a title is compared with the task's words. */
const SMALL_WORDS = new Set([
  'the',
  'a',
  'an',
  'my',
  'to',
  'of',
  'for',
  'and',
  'in',
  'on',
  'at',
  'with',
  'task',
  'one',
  'todo',
  'it',
  'that',
  'this',
]);

const rootsOf = (text: string) =>
  new Set(
    englishTerms(text)
      .map((term) => (term.root ?? term.normal ?? term.text).toLowerCase())
      .filter((word) => word && !SMALL_WORDS.has(word)),
  );

/**
 * "change X to Y" is a new title only when Y says no date, level or state, and X is named as a task ("the dentist task",
 * "4") or Y keeps one of X's words ("the laundry" → "fold laundry"): "change the report to Sam" is asked about.
 */
function changedTitle(text: string): EditSaid | undefined {
  const said = CHANGE_TO.exec(text);
  // "change the wording on the bins task to …", "update the car service title to …": the field is no part of the task.
  const ref = said?.[1]
    ?.trim()
    .replace(/^(?:the\s+)?(?:title|name|wording|text|spelling)\s+(?:of|on|for|in)\s+/i, '')
    .replace(/(?:'s)?\s+(?:title|name|wording)$/i, '');
  const title = said?.[2]?.trim();
  if (!ref || !title) return undefined;
  if (extractDate(` ${title}`).date || levelOf(title) !== undefined) return undefined;
  if (/^(?:done|complete|completed|finished|open|pending|undone|not\s+done|every|each|daily|weekly|monthly|yearly|repeat)\b/i.test(title))
    return undefined;
  if (/\s(?:and|then)\s+(?:tag|make|set|mark|move|add|delete|remove|put)\b/i.test(title)) return undefined;
  const roots = rootsOf(ref);
  const sharesAWord = [...rootsOf(title)].some((root) => roots.has(root));
  return NAMED_AS_TASK.test(ref) || sharesAWord ? { ref, args: { title: clean(title) } } : undefined;
}

/** "add "bring the x-rays" as a note to the dentist", "put 'code 7731' as the description of 5": the note quoted first. */
const QUOTED_NOTE = new RegExp(
  String.raw`^(?:add|put|set|attach|stick|write|save)\s+(?:["“]([^"”]+)["”]|'([^']+)')\s+as\s+(?:a\s+|the\s+)?${NOTES}\s+(?:to|on|for|of|in)\s+(.+)$`,
  'i',
);

/**
 * "rename the trip to Paris to trip to Rome": with "to" said twice, where the task's words end is not known; asked,
 * unless the task is a number, "it" or closed by "task" ("rename 5 to go to the gym", "rename the gym task to go to
 * the gym").
 */
const TWO_TOS =
  /^(?:rename|retitle|change|switch)\s+(?!(?:(?:task|number|no\.?)\s+|#)?\d+\s+to\s|(?:it|that|this)(?:\s+one)?\s+to\s|(?:the|my)\s+[^"“']+?\s+(?:task|todo|one|item|thing)\s+to\s)[^"“']+?\s+to\s+[^"“']+?\s+to\s+[^"“']+$/i;

/** The task and its change when the sentence says a new title, new notes or no tags one of these ways, or undefined. */
export function readEditSaid(text: string): EditSaid | undefined {
  const ofLast = wrongTitleOfLast(text);
  if (ofLast) return { ref: ofLast.ref, args: { title: clean(ofLast.title) } };
  if (TWO_TOS.test(text) && !extractDate(` ${text}`).date)
    return { ask: 'Which words name the task, and which are the new title? Put the new title in quotes: rename X to "…".' };
  for (const pattern of FIELD_WITHOUT_VALUE) {
    const said = pattern.exec(text);
    // "… to task 3 saying …", "… of 4 to call dad": a value is said after all, and read by the rules for those.
    if (!said?.[1] || said[2] === undefined || VALUE_WORDS.test(said[2])) continue;
    const field = /^(?:title|name|wording|spelling)$/i.test(said[1]) ? 'new title' : said[1].toLowerCase();
    const noteAfterStop = NOTE_AFTER_STOP.exec(said[2]);
    if (field !== 'new title' && noteAfterStop?.[1] && noteAfterStop[2])
      return { ref: noteAfterStop[1], args: { description: noteAfterStop[2] } };
    const task = said[2].trim();
    const example = field === 'new title' ? `rename ${task || 'the report'} to …` : `add a note to ${task || 'the report'}: …`;
    if (!task) return { ask: `Which task, and what should its ${field} say? For example "${example}".` };
    return { ask: `What should the ${field} of ${task} say? For example "${example}".` };
  }
  const both = twoFields(text);
  if (both) return both;
  const quotedNote = QUOTED_NOTE.exec(text);
  const quoted = quotedNote?.[1] ?? quotedNote?.[2];
  if (quoted && quotedNote?.[3]) return { ref: quotedNote[3], args: { description: quoted } };
  const notes = readNotesSaid(text);
  if (notes) return notes;
  for (const pattern of NEW_TITLE) {
    const said = pattern.exec(text);
    const title = said?.[2] ?? said?.[3];
    if (said?.[1] && title && !NAMES_A_FIELD.test(said[1])) return { ref: said[1], args: { title: clean(titleWithoutChatter(title)) } };
  }
  const changed = changedTitle(text);
  if (changed) return changed;
  const tagsReplaced = readTagsReplaced(text);
  if (tagsReplaced) return { ref: tagsReplaced.ref, args: { tags: tagsReplaced.tags } };
  const noRepeat = NO_REPEAT.map((pattern) => pattern.exec(text)?.[1]).find(Boolean);
  if (noRepeat) return { ref: noRepeat, args: { recurring: null } };
  return undefined;
}
