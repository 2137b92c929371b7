// What a task's notes or title should say, named with the task first: "update the report notes to say draft done",
// "make the report's description say draft done", "call the report 'Q4 report' instead". Each is said once the way the rules
// naming a field read it ("change the description of the report to …", "rename the report to …", "edit 12: title …").
// The words after "say" are the new value: "draft done" in them never marks the task done.

const TASK = String.raw`((?:the|my|our)\s+.+?|task\s+\d+|#\d+)`;
const NOTES = String.raw`(?:notes?|description|details)`;
const QUOTED = String.raw`(['"“‘][^'"”’]+['"”’])`;
/** "hmm, ", "actually ": a second thought before the change, no part of the task's name. */
const SECOND_THOUGHT = String.raw`(?:(?:hmm+|actually|ok(?:ay)?|so)[,!.]*\s+)*`;

const FIELD_SAYS: [pattern: RegExp, replacement: string][] = [
  // "update the report notes to say draft done", "set task 4's description to read: call back".
  [
    new RegExp(
      String.raw`^(?:update|change|edit|set|amend)\s+${TASK}(?:'s|\s+task)?\s+${NOTES}\s+(?:so\s+(?:that\s+)?(?:it|they)\s+|to\s+)(?:says?|reads?)\s*:?\s+(.+)$`,
      'i',
    ),
    'change the description of $1 to $2',
  ],
  // "make the report's description say draft done", "have the notes on task 4 say call back".
  [
    new RegExp(String.raw`^(?:make|have|let)\s+${TASK}(?:'s)?\s+${NOTES}\s+(?:say|read)\s*:?\s+(.+)$`, 'i'),
    'change the description of $1 to $2',
  ],
  // "hmm, make the passport note "photos done" instead of "photos needed"": the new notes quoted, the old after them.
  [
    new RegExp(
      String.raw`^${SECOND_THOUGHT}(?:make|set|change)\s+${TASK}(?:'s)?\s+${NOTES}\s+${QUOTED}(?:\s*,?\s+(?:instead(?:\s+of\s+.+)?|not\s+.+))?$`,
      'i',
    ),
    'change the description of $1 to $2',
  ],
  [
    new RegExp(String.raw`^(?:make|have|let)\s+the\s+${NOTES}\s+(?:on|of|for)\s+${TASK}\s+(?:say|read)\s*:?\s+(.+)$`, 'i'),
    'change the description of $1 to $2',
  ],
  // "add to the roof repair task a note, the quote was £850", "on the dentist task could you note that I need to bring the
  // insurance card", "for the passport one, add that I need 2 photos": a note on a task, the task named first.
  [new RegExp(String.raw`^add\s+to\s+${TASK}\s+an?\s+note\s*[,:;-]?\s+(?:that\s+|saying\s+)?(.+)$`, 'i'), 'add a note to $1: $2'],
  [
    new RegExp(
      String.raw`^(?:on|for)\s+${TASK}\s*,?\s+(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+)*(?:note|add|jot\s+down|write\s+down)\s+(?:a\s+note\s+)?that\s+(.+)$`,
      'i',
    ),
    'add a note to $1: $2',
  ],
  // "name the bins task 'bins and recycling'", "call the report 'Q4 report' instead": a new title in quotes. "call" renames
  // only with "instead" or a task named as one ("call the plumber 'Dave'" may be a call to make).
  [new RegExp(String.raw`^(?:name|title|retitle)\s+((?:the|my|our)\s+.+?)\s+${QUOTED}(?:\s+instead)?$`, 'i'), 'rename $1 to $2'],
  [new RegExp(String.raw`^call\s+((?:the|my|our)\s+.+?)\s+${QUOTED}\s+instead$`, 'i'), 'rename $1 to $2'],
  // "hmm let's call the report "Q1 report" after all": a title settled on ("let's call …") is a rename too.
  [
    new RegExp(String.raw`^${SECOND_THOUGHT}let'?s\s+call\s+((?:the|my|our)\s+.+?)\s+${QUOTED}(?:\s+(?:instead|after\s+all))?$`, 'i'),
    'rename $1 to $2',
  ],
  [new RegExp(String.raw`^call\s+((?:the|my|our)\s+.+?\s+(?:task|one|todo))\s+${QUOTED}$`, 'i'), 'rename $1 to $2'],
  // "rejig the boiler one: title boiler service, note: …", "the one about the fence: title fix the fence panel, no
  // date": the task, then its fields listed, as "edit 12: new title …, note: …" says them.
  [/^(?:rejig|re-jig|tweak|tidy\s+up|sort\s+out)\s+(.+?)\s*:\s+(?=(?:new\s+)?(?:title|name|notes?|description)\b)/i, 'edit $1: '],
  [/^((?:the|my)\s+(?:one|task|thing)\s+(?:about|for|with)\s+[^:]+?)\s*:\s+(?=(?:new\s+)?(?:title|name)\s)/i, 'edit $1: '],
  // "football: notes - shin pads, water bottle": the field named with a dash after it, as with a colon (a task to add
  // keeps its words).
  [
    new RegExp(String.raw`^(?!(?:add|create|new|put|remind|todo)\b)([^:;,–—-]+?)(?:\s*:|\s+[-–—])\s+(${NOTES})\s+[-–—]\s+(?=\S)`, 'i'),
    '$1: $2: ',
  ],
];

/** "the two gym tasks should both be called swim": "both" says how many tasks, which the rename rules then ask about. */
const SHOULD_ALL_BE = /\s+should\s+(?:both|all)\s+be\s+(called|named|titled)\s/i;

/** "the note on the boiler should just say …": "just" softens what the field should say, and says nothing of it. */
const SHOULD_JUST = /\s+should\s+(?:just|simply)\s+(say|read)\s/i;

/** The sentence as the rules naming a field read it, or as it was. */
export function inFieldWords(said: string): string {
  const text = said.replace(SHOULD_ALL_BE, ' should be $1 ').replace(SHOULD_JUST, ' should $1 ');
  for (const [pattern, replacement] of FIELD_SAYS) if (pattern.test(text.trim())) return text.trim().replace(pattern, replacement);
  return text;
}
