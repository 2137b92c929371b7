import type { Interpretation } from './offline-interpreter.ts';
import { dateAtEnd } from './whole-dates.ts';

// Two changes to one task in one sentence: "rename 3 to Call Sam and make it high priority", "rename 3 to Call Sam and
// flag it", "make 10 repeat every weekday and rename it standup", "move the vet to friday and make it high". The second
// change points back with "it" or says a level, "no date" or "clear the note" alone; both become one update_task call.

const SECOND_CHANGE =
  /^(.+?)(?:\s*,\s*(?:(?:and|so),?\s+)?|\s+(?:and|&|then|plus|so),?\s+)(?:then\s+|also\s+)?((?:put|add)\s+["“].+?["”]\s+(?:in|into|to|on)\s+(?:the|its)\s+(?:notes?|description)|title\s+["“].+|(?:make|set|mark|rename|call|change|move|push|postpone|reschedule|delay|shift|slide|punt|bump|bring|knock|drop|give|tag|label|untag|flag|star|raise|lower|upgrade|downgrade|escalate|prioriti[sz]e|de-?prioriti[sz]e)\s+it\b.*|(?:clear|remove|drop|lose)\s+(?:its|the)\s+(?:due\s+)?date|(?:clear|remove|drop|lose|wipe|scrub)\s+(?:its|the)\s+(?:notes?|description)|take\s+(?:its|the)\s+(?:due\s+)?date\s+off|no\s+(?:due\s+)?date(?:\s+either)?|no\s+(?:tags|labels)(?:\s+either)?|be\s+due\s.+|note(?:\s*:\s*|\s+)["“'\w].*|it\s+needs\s+(?:doing|to\s+be\s+done)\s.+|(?:the|its)\s+only\s+(?:tags?|labels?)\s+should\s+be\s.+|(?:high|low|medium|normal|urgent)(?:\s+priority)?|(?:it|that)(?:'s|\s+is|\s+should\s+be|\s+can)\s.+|add\s+(?:a\s+|some\s+)?(?:note|notes|description|comment)\s*(?::|[-–—]|saying\b|that\s+says\b).+|(?:set|change|update|move)\s+(?:the\s+|its\s+)(?:priority|prio|due\s+date|deadline|date)\s+to\s.+|due\s.+|(?:repeat|recur)\s+(?:every|each|daily|weekly|fortnightly|monthly|yearly|on)\b.*)$/i;

/** A level said alone as the second change: "… and urgent". */
const LEVEL_ALONE = /^(?:high|low|medium|normal|urgent)(?:\s+priority)?$/i;

/**
 * The second change said without "it" ("… and add a note: …", "… and set the priority to low", "… and due friday"):
 * said again of the task the first change named.
 */
const OF_IT: [RegExp, string][] = [
  [/^(add\s+(?:a\s+|some\s+)?(?:note|notes|description|comment))\s*/i, '$1 to it '],
  // "… and add "bring the scooter" to the notes", ", put "ring twice" in the notes": the notes of the task named first.
  [/^((?:put|add)\s+["“].+?["”]\s+(?:in|into|to|on))\s+(?:the|its)\s+(notes?|description)$/i, '$1 the $2 of it'],
  // "…, title "tax return 2025/26"": its new title.
  [/^title\s+/i, 'rename it to '],
  [/^(?:set|change|update)\s+(?:the\s+|its\s+)(?:priority|prio)\s+to\s+/i, 'make it '],
  [/^(?:set|change|update|move)\s+(?:the\s+|its\s+)(?:due\s+date|deadline|date)\s+to\s+/i, 'move it to '],
  [/^due\s+/i, 'it is due '],
  // "make the vitamins high priority and repeat every morning": the rule is the task's.
  [/^(repeat|recur)\s+/i, 'make it $1 '],
  // "… and clear its date", "…, no date", "… and take the date off": the date goes.
  [
    /^(?:(?:clear|remove|drop|lose)\s+(?:its|the)\s+(?:due\s+)?date|take\s+(?:its|the)\s+(?:due\s+)?date\s+off|no\s+(?:due\s+)?date(?:\s+either)?)$/i,
    'clear the due date of it',
  ],
  // "…, no tags", "… and no tags either": its tags go.
  [/^no\s+(?:tags|labels)(?:\s+either)?$/i, 'remove all the tags from it'],
  // "… and be due jan 31": said after "should be called …".
  [/^be\s+due\s+/i, 'it is due '],
  // "… and clear the note", "… and lose the description": its notes go.
  [/^((?:clear|remove|drop|lose|wipe|scrub)\s+)(?:its|the)\s+(notes?|description)$/i, '$1the $2 of it'],
  // "…, note "park on the drive"", "… and note that Dan is away": a note for the task named first, its quotes only
  // marking where it ends.
  [/^note(?:\s*:\s*|\s+that\s+|\s+)(?:["“]([^"”]+)["”]|'([^']+)'|(.+))$/i, 'add a note to it: $1$2$3'],
  // "… and the only tag should be money": its tags become that one.
  [/^(?:the|its)\s+only\s+(?:tags?|labels?)\s+should\s+be\s+(.+)$/i, 'tag it with $1 only'],
  // "… and it needs doing tomorrow": when it is due.
  [/^it\s+needs\s+(?:doing|to\s+be\s+done)\s+(?:by\s+|on\s+)?/i, 'it is due '],
  // "make the tax return due the 31st and urgent": a level said alone is the task's new priority.
  [LEVEL_ALONE, 'make it $&'],
];

/** The update_task fields a single change sets. */
function fieldsOf(reading: Interpretation): Record<string, unknown> | undefined {
  if (reading.kind !== 'call' || !reading.target) return undefined;
  if (reading.tool === 'update_task') return reading.args;
  if (reading.tool === 'set_priority') return { priority: reading.args.priority };
  if (reading.tool === 'set_due_date') return { due_date: reading.args.date };
  return undefined;
}

/**
 * "make the haircut saturday 10am and call it …", "put the piano lesson on wednesday at 5 and rename it …": with a
 * second change of "it", the first names a task there is, and "make"/"put" with a date moves it, never adds a chore.
 */
function movedFirst(firstSaid: string, secondSaid: string): string {
  const made = /^(?:make|put|have)\s+((?:the|my)\s+.+)$/i.exec(firstSaid.trim());
  // "… and call it a day" is the end of the day's work, no change of a task.
  if (!made?.[1] || !/^\S+\s+it\b/i.test(secondSaid.trim()) || /^call\s+it\s+a\s+day\b/i.test(secondSaid.trim())) return firstSaid;
  // "make the journaling repeat every weekday and rename it …": a rule, whose days are no date to move to.
  if (/\b(?:repeat|recur|every|each)\b/i.test(made[1])) return firstSaid;
  const date = dateAtEnd(made[1]);
  const ref = date
    ? made[1]
        .slice(0, date.index)
        .replace(/\s+(?:on|for|at|to)\s*$/i, '')
        .trim()
    : '';
  return date && ref ? `move ${ref} to ${date.text}` : firstSaid;
}

/**
 * 'plasterer: tuesday 8am, note "park on the drive"', "the gutter clean - tues wk, medium priority": a task's words, a
 * colon or a dash and a date alone (or "due" and a date), then a change of "it", is that task moved, never an appointment added (as
 * "plasterer: tuesday 8am" said alone is).
 */
function colonMoved(firstSaid: string, second: Interpretation): string | undefined {
  const said = /^([^:,;]+?)(?:\s*:\s*|\s+[-–—]\s+)(\S.*)$/.exec(firstSaid.trim());
  if (!said?.[1] || !said[2] || second.kind !== 'call' || !second.target || !('last' in second.target)) return undefined;
  // "the gym direct debit - due the 28th and low priority": "due" before the date says what the date is.
  // "the 28th" alone is a day of the month, which the date reader reads only with more.
  const when = said[2].trim().replace(/^due\s+(?:on\s+|by\s+)?/i, '');
  const dayOfMonth = /^(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)$/i.test(when);
  return dayOfMonth || dateAtEnd(when)?.index === 0 ? `move ${said[1]} to ${when}` : undefined;
}

export function readTwoChanges(sentence: string, read: (request: string) => Interpretation): Interpretation | undefined {
  const [, firstSaid, secondSaid] = SECOND_CHANGE.exec(sentence) ?? [];
  if (!firstSaid || !secondSaid) return undefined;
  const second = read(OF_IT.reduce((said, [pattern, ofIt]) => said.replace(pattern, ofIt), secondSaid));
  // Three changes ("push the car service to monday, low priority, and rename it …"): the first two are one.
  const said = colonMoved(firstSaid, second) ?? movedFirst(firstSaid, secondSaid);
  const first = readTwoChanges(said, read) ?? read(said);
  const firstFields = fieldsOf(first);
  const secondFields = fieldsOf(second);
  if (first.kind !== 'call' || second.kind !== 'call' || !firstFields) return undefined;
  // "rename 5 to Buy paint and tag it diy": a second change of another kind is asked for, never kept in the title.
  if (!secondFields)
    return second.target && 'last' in second.target
      ? { kind: 'help', reason: 'One change at a time, please: say the first, then the second.' }
      : undefined;
  if (!second.target || !('last' in second.target)) return undefined;
  // "replace the tags on 3 with work and urgent": a level said alone after tags, a title or notes may be one of their
  // words; only after a date is it the task's priority.
  if (LEVEL_ALONE.test(secondSaid.trim()) && Object.keys(firstFields).some((field) => field !== 'due_date')) return undefined;
  // The same field said twice ("… to high and make it low") is no two changes: read as said, or asked.
  if (Object.keys(secondFields).some((field) => field in firstFields)) return undefined;
  return { kind: 'call', tool: 'update_task', args: { ...firstFields, ...secondFields }, target: first.target };
}
