import type { Interpretation } from './offline-interpreter.ts';
import { stripPoliteness } from './politeness.ts';
import { dateAtEnd } from './whole-dates.ts';

// "set 12 to friday 3pm and remind me an hour before": a sentence that starts with a change to a task named so
// (a number, "it", "the dentist task") is never a new task, whatever rule would add one from its dates and reminders.
// Asked instead: a task titled "set 12 to" is the harm a question avoids.

const CHANGE_OF_A_TASK =
  /^(?:(?:please|pls|(?:can|could|would|will)\s+(?:you|u))\s+)*(?:set|change|move|update|make|switch|swap|push|reschedule|postpone|rename|retitle|edit|mark|tag|assign|delete|remove)\s+(?:(?:task\s+|number\s+|#)?\d+|it|that(?:\s+one)?|this(?:\s+one)?|(?:the|my)\s+[^,;]+?\s+(?:task|one|todo))\b/i;

/**
 * "i need to push the car service back to next month sometime, let's say the 15th": a title that moves something named
 * with "the"/"my" back or forward in time is a move the rules could not read, never a chore ("bring the car to the
 * mechanic" is one).
 */
const MOVE_OF_A_TASK =
  /^(?:(?:push|move|shift|bring|bump)\s+(?:the|my)\s+[^,;]+?\s+(?:back|forward)|(?:postpone|reschedule|delay)\s+(?:the|my)\s+[^,;]+?)\s+(?:to|till|until)\b/i;

/**
 * "make the timesheet EOD": a task named with "the"/"my" made a date may be one there is, moved ("make the timesheet due
 * EOD"), or a chore ("make the bed tomorrow"). Which is not said, so asked: a chore titled "make the timesheet" is harm.
 */
const MADE_A_DATE = /^(?:(?:please|pls|(?:can|could|would|will)\s+(?:you|u))\s+)*make\s+(?:the|my)\s+(.+)$/i;

/**
 * "make training monday and wednesday and call it winter training": a change that goes on to rename what it changed
 * names a task there is, however it is named ("call it a day" is no rename). A task to add is asked for with "add".
 */
const CHANGE_THEN_RENAME =
  /^(?:(?:please|pls|(?:can|could|would|will)\s+(?:you|u))\s+)*(?:set|change|move|update|make|switch|push|reschedule|postpone|turn)\s+\S.*\s(?:and|then)\s+(?:also\s+)?(?:call|rename|retitle|name)\s+(?:it|that|them)\s+(?!(?:a\s+day|a\s+night|quits)\b)\S/i;

/**
 * "put the vet back", "put the old name back", "put it back the way it was": something of a task taken back, which one
 * and to what not said. Asked: a chore "put the old name back" is harm.
 */
const PUT_BACK =
  /^(?:(?:please|pls|(?:can|could|would|will)\s+(?:you|u))\s+)*put\s+(?:the|my|it|that|this|its|task\s+|#?\d)[^,;]*?\s+back(?:\s+(?:the\s+way|how|as)\s+(?:it|they)\s+(?:was|were))?(?:\s*[,;.].*)?$/i;
const ASK_WHAT_PUT_BACK = 'Put back what, and how was it? Say the task and the change, for example "reopen the vet".';

/**
 * "I should make the garden stuff high priority": a level given to something named with "the" or "my", no comma
 * between, is a change of a task's priority ("make the slides, high priority" still adds a chore).
 */
const LEVEL_OF_A_TASK = /^(?:make|set|mark|put|bump|raise|lower|knock)\s+(?:the|my|that|this)\s[^,;]+$/i;

/**
 * "drop the wednesday pilates, keep mondays", "stop the thursday class from now on": a series of something named with
 * "the" that is being stopped is a change of one there is, never a new series titled "drop the pilates". "Cancel" is
 * a chore's verb as often ("cancel the gym trial monthly on the 1st").
 */
const STOPPED_SERIES = /^(?:stop|drop|end|pause|skip|quit|remove|delete|scrap|ditch)\s+(?:the|my|that|this)\b/i;
const ASK_WHICH_STOPS =
  'Which task stops, and on which days? Say for example "stop repeating the pilates" or "make the pilates every monday".';

const POINTS_BACK_OR_REPEAT =
  /\b(?:set|make|put|turn)\s+(?:it|that|this|them)(?:\s+one)?\b|\b(?:onto|on|to|into)\s+an?\s+(?:repeat|recurrence)\b|^(?:can|could|should|would)\s+(?:it|that|this|they)(?:\s+one)?\s+be\b/i;

/**
 * "repeat 'weekly report' on mondays instead of fridays", "gym at 7 rather than 6", "its every other saturday for the
 * farmers market, not every saturday": a when said in place of another is a change of a task there is ("oat milk
 * instead of cow's milk" names a chore's thing, not a when).
 */
const WHEN_INSTEAD =
  /(?:\b(?:instead\s+of|rather\s+than)|,\s*not(?=\s+(?:every|each|daily|weekly|fortnightly|monthly|yearly)\b))\s+(?:on\s+|at\s+|every\s+|the\s+)*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|today|tomorrow|tonight|daily|weekly|monthly|yearly|annually|fortnightly|weekdays|weekends?|mornings?|evenings?|nights?|afternoons?|\d{1,2}(?:st|nd|rd|th|(?::\d\d)?\s*(?:am|pm))?|noon|midnight)\b/i;

/**
 * Titles that are a change of a task said in other words, never a chore: "add a second reminder to the tax return"
 * (a task has one reminder), "put a "calls" tag on ring the bank" (a tag for tasks there are), "when the car service
 * is due, remind me the morning of" (a clause naming a task there is).
 */
const NOT_A_CHORE: [RegExp, string][] = [
  [
    /^(?:a\s+)?(?:second|2nd|another|extra|additional|one\s+more|new)\s+(?:reminder|alert|alarm|nudge|ping)s?\b/i,
    'A task has one reminder here: say when it should be, for example "remind me about the tax return at 9am" (it replaces the one it has).',
  ],
  [
    /^(?:an?\s+)?\S+\s+(?:tag|label)\s+(?:on|to|onto)\s+\S/i,
    'Which task gets the tag? Say for example "tag the bank task calls", one task at a time.',
  ],
  [
    /^(?:when|whenever|once)\s+(?:the|my|that|this)\s+\S.*\s(?:is|are|'s)$/i,
    'Which task, and when should I remind you? Say for example "remind me about the car service the day before at 9".',
  ],
];

/**
 * "fix squeaky door - lower the priority", "'read atomic habits': move it to monday": a task's words, a break, then a
 * change of "it" or "the priority": the words name a task there is (or one to add: asked, never a chore titled with
 * both). "buy milk - make it urgent" says a new task's level; "every friday - drop the kids at school" is a chore.
 */
const CHANGE_AFTER_A_BREAK =
  /\S\s*(?:\s[-–—]|:|->|→)\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:lower|raise|bump|drop|change|move|push|rename|delete|remove|untag|reschedule|postpone)\s+(?:it|its|that|the\s+(?:priority|due\s+date|date|time|deadline|reminder|title|name))\b/i;

/** A task to add asked for as such. */
const ADD_SAID = /^(?:(?:please|pls|(?:can|could|would|will)\s+(?:you|u))\s+)*(?:add|create|new|put|todo|to-do)\b/i;
const ASK_ADD_OR_CHANGE = 'Add a new task, or make that change now? Say "add …" for a new one, or the change itself.';

export const ASK_ADD_OR_MOVE = 'Add a new task, or move one you have? Say "add …" for a new one, or "move … to …".';

/**
 * "the notes on 14 are out of date - replace with: quote accepted, start 3 March", "pharmacy run — new name: Boots,
 * prescription + sun cream", "dentist task → "Dentist, Mon 9:15"": a field of a task there is, or an arrow to its new
 * words, said before the words a rule would add. Those words are the field's new value, never a task of their own.
 */
const FIELD_OF_A_TASK = /\b(?:the|its|new)\s+(?:notes?|description|details|title|name|wording)\b|→|->|=>/i;

/** "please you create a new task, the name is …": a new task asked for, wherever in the sentence. */
const ADD_ASKED_ANYWHERE = /\b(?:add|create|new\s+(?:task|todo|to-do|item))\b/i;

/** Whether the sentence names a task's field before the words read as a new task's title. */
function fieldNamedBefore(text: string, title: string): boolean {
  const at = text.toLowerCase().indexOf(title.toLowerCase().slice(0, 12));
  return at > 0 && FIELD_OF_A_TASK.test(text.slice(0, at));
}

/** The reading, or a question when it would add a task from a sentence that changes one. */
export function neverAddFromChange(text: string, reading: Interpretation): Interpretation {
  if (reading.kind !== 'call' || (reading.tool !== 'add_task' && reading.tool !== 'create_recurring')) return reading;
  if (reading.tool === 'add_task' && PUT_BACK.test(stripPoliteness(text.trim()))) return { kind: 'help', reason: ASK_WHAT_PUT_BACK };
  if (reading.tool === 'create_recurring' && STOPPED_SERIES.test(stripPoliteness(text.trim())))
    return { kind: 'help', reason: ASK_WHICH_STOPS };
  // "Bins out should happen every Tuesday evening, set it to repeat", "pop the bin collection onto a fortnightly repeat":
  // a title that points back at a task or names the repeat itself is a change of one there is.
  const titled = typeof reading.args.title === 'string' ? reading.args.title : '';
  if (reading.tool === 'create_recurring' && POINTS_BACK_OR_REPEAT.test(titled) && !ADD_SAID.test(text.trim()))
    return { kind: 'help', reason: ASK_ADD_OR_CHANGE };
  if ((WHEN_INSTEAD.test(text) || CHANGE_AFTER_A_BREAK.test(text)) && !ADD_SAID.test(text.trim()))
    return { kind: 'help', reason: ASK_ADD_OR_CHANGE };
  const notAChore = NOT_A_CHORE.find(([shape]) => shape.test(titled.trim()));
  if (reading.tool === 'add_task' && notAChore) return { kind: 'help', reason: notAChore[1] };
  const made = MADE_A_DATE.exec(text.trim())?.[1];
  // "make the costume for saturday": a date said with "for", "by" or "on" is when the work is for, a chore to add.
  const date = made ? dateAtEnd(made) : undefined;
  if (made && date && reading.tool === 'add_task' && !/\b(?:for|by|on|before)\s*$/i.test(made.slice(0, date.index)))
    return { kind: 'help', reason: ASK_ADD_OR_MOVE };
  // "I keep meaning to rename the boiler one": a title that is itself a change of a task named so is no task to add,
  // unless "add" says it is.
  const title = typeof reading.args.title === 'string' ? reading.args.title.trim() : '';
  if (CHANGE_OF_A_TASK.test(title) && !ADD_SAID.test(text.trim())) return { kind: 'help', reason: ASK_ADD_OR_CHANGE };
  if (MOVE_OF_A_TASK.test(title) && !ADD_SAID.test(text.trim())) return { kind: 'help', reason: ASK_ADD_OR_MOVE };
  // "Every Monday -> weekly report": an arrow before a series' title says what repeats.
  if (reading.tool === 'add_task' && title && !ADD_ASKED_ANYWHERE.test(text) && fieldNamedBefore(text, title))
    return { kind: 'help', reason: 'Which task, and what should it say? Say for example "rename the dentist task to …".' };
  const levelGiven = reading.args.priority !== undefined && LEVEL_OF_A_TASK.test(title.replace(/[?!.]+\s+\S.*$/, ''));
  if (levelGiven && !ADD_SAID.test(text.trim()) && !/,\s*(?:high|low|medium|top|urgent)/i.test(text))
    return { kind: 'help', reason: ASK_ADD_OR_CHANGE };
  if (!CHANGE_OF_A_TASK.test(text.trim()) && !CHANGE_THEN_RENAME.test(text.trim())) return reading;
  return { kind: 'help', reason: 'One change at a time, please: which change first? Say one, then the other.' };
}
