// New notes for a task, or its notes taken off, said in other ways than "add a note to X: …": the notes named first
// ("note on it - …", "the description of 6 is out of date, replace it with: …"), after the task ("the gym notes should
// say …", "set the dentist description to …"), what they say first ("attach the note "…" to the dentist"), or of the
// task the conversation is about ("add a note saying …", "remove its description"). The task always stays.

export const NOTES = String.raw`(?:(?:more|extra|some\s+more|quick|short|small|little|brief|reminder)\s+)?(?:description|notes?|details?|comments?|info|information|context|memos?|remarks?|annotations?)`;

/** "a note to the job: key under the mat": what a note says after its colon is its own words, "under" and all. */
export const NOTE_THEN_COLON = new RegExp(`^(?:an?\\s+|the\\s+|some\\s+)?${NOTES}\\b[^:]*:`, 'i');

/** Each way of saying new notes: the task (first group) and what they say (second). */
const NEW_NOTES = [
  // "plumber task - add note: bring the old tap", "in task 5 add a note: …", "on the plumber task, add the note …".
  new RegExp(
    String.raw`^(?:(?:on|in|to|for)\s+)?(?!(?:add|put|write|attach|leave)\b)([^,:]+?)\s*(?:,|:|\s[-–—])?\s*(?:please\s+)?(?:add|put|write|attach|leave)\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:new\s+)?${NOTES}\s*(?::\s*|\s[-–—]\s+|\s+saying\s+|\s+that\s+says\s+)(.+)$`,
    'i',
  ),
  new RegExp(
    String.raw`^(?:on|in|to)\s+([^,:]+?)\s*,?\s*(?:please\s+)?(?:add|put|write|attach|leave)\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:new\s+)?${NOTES}\s+(.+)$`,
    'i',
  ),
  // "the gas bill needs a note: account 1234", "the bike task needs notes: chain is rusty", "the quotes both need a note
  // saying …" (which of them is then asked).
  new RegExp(
    String.raw`^(.+?)\s+(?:needs|need)\s+(?:(?:a|an|some)\s+)?(?:new\s+)?${NOTES}\s*(?::\s*|\s[-–—]\s*|\s+saying\s+|\s+that\s+says\s+)(.+)$`,
    'i',
  ),
  // "update the notes on the move task to say 7731".
  new RegExp(String.raw`^(?:set|change|update|edit)\s+(?:the\s+)?${NOTES}\s+(?:of|for|on)\s+(.+?)\s+to\s+(?:say|read)\s*:?\s+(.+)$`, 'i'),
  // "update the report task: notes = …", "report task, description: …".
  new RegExp(
    String.raw`^(?!(?:add|new|create|put|todo|remind)\b)(?:(?:update|edit|change)\s+)?([^,:]+?)\s*[:,]\s*(?:the\s+)?${NOTES}\s*(?::|=|→|->)\s*(.+)$`,
    'i',
  ),
  // "the book club task - can you add that we're reading Middlemarch": a task named, then "add that …" is what to note.
  /^((?:the|my|that)\s+[^,:]+?\s+(?:task|one|thing|todo))\s*(?:,|:|\s[-–—])\s*(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:add|note|write\s+down|put\s+(?:down|in))\s+(?:in\s+)?that\s+(.+?)\??$/i,
  // "note on the bike task that the chain is rusty".
  /^(?:note|jot(?:\s+down)?)\s+(?:on|for|in|against)\s+(.+?)\s+that\s+(.+)$/i,
  // "jot on the plasterer task: cash only", "scribble on 4 - gate code 1234".
  /^(?:jot|scribble|pencil)(?:\s+down)?\s+(?:on|for|in|against)\s+(.+?)\s*(?::|\s[-–—])\s*(.+)$/i,
  // "for the bike task the notes are: chain is rusty".
  new RegExp(String.raw`^for\s+(.+?),?\s+(?:the|its)\s+${NOTES}\s+(?:are|is|should\s+(?:say|be|read))\s*:?\s+(.+)$`, 'i'),
  // "attach a note to #9 saying the quote was £240", "pin a comment on the boiler: ask for Gary".
  new RegExp(
    String.raw`^(?:attach|pin|append|add|put|leave|stick|write|tack(?:\s+on)?)\s+(?:a\s+|the\s+|some\s+)?${NOTES}\s+(?:to|on|onto|for)\s+(.+?)(?:\s*:\s*|\s+[-–—]\s+|\s+saying\s+|\s+that\s+says\s+)(.+)$`,
    'i',
  ),
  // "note on it - ask for the blue colour", "notes for 4 – the door code is 1234".
  new RegExp(String.raw`^${NOTES}\s+(?:on|for|of)\s+(.+?)\s*(?::|\s[-–—])\s*(.+)$`, 'i'),
  // "append to the notes of 6: paid already".
  new RegExp(String.raw`^(?:append|add)\s+to\s+(?:the\s+|its\s+)?${NOTES}\s+(?:of|for|on)\s+(.+?)\s*(?::|\s[-–—])\s*(.+)$`, 'i'),
  // "for 14 add a description: ask reception for the parking code".
  new RegExp(String.raw`^for\s+(.+?),?\s+(?:add|set|write|put|leave)\s+(?:a\s+|the\s+|some\s+)?${NOTES}\s*:\s*(.+)$`, 'i'),
  // "the description of 6 is out of date, replace it with: collect from the side door".
  new RegExp(
    String.raw`^(?:the\s+)?${NOTES}\s+(?:of|for|on)\s+(.+?)\s+(?:is|are)\s+[^,;]+[,;]\s*(?:please\s+)?(?:replace|change|update|set)\s+(?:it|them)\s+(?:with|to)\s*:?\s+(.+)$`,
    'i',
  ),
  // "the gym notes: bring a towel", "gym task description -> bring a towel": the task, its notes, then what they say.
  new RegExp(
    String.raw`^(?!(?:add|new|create|put|todo|make|set|write|change|update|edit|give|attach|pin|leave|append|stick|for)\b)([^,:]+?)(?<!\s(?:a|an|the|some|its))(?:'s)?\s+(?:task\s+)?${NOTES}\s*(?::|→|->|=>)\s*(.+)$`,
    'i',
  ),
  // "set the dentist description to bring the x-rays", "the gym notes should say bring a towel": the task, then its
  // notes named, then what they say.
  new RegExp(
    String.raw`^(?:(?:set|change|update|make|edit)\s+)?(?!(?:the\s+|its\s+|a\s+|some\s+)?${NOTES}\b|(?:add|new|create|put|todo|write|give|attach|pin|leave|append|stick|for|in)\b)([^,:]+?)(?<!\s(?:a|an|the|some|its))(?:'s)?\s+(?:task\s+)?${NOTES}(?:\s+(?:to|as|should\s+(?:say|read|be)|(?:is|are)\s+now)\s*:?\s+|\s*(?::|→|->|=>)\s*)(.+)$`,
    'i',
  ),
  // "in the gas bill notes write account 1234".
  new RegExp(String.raw`^in\s+(?:the\s+)?(?!${NOTES}\b)(.+?)(?:'s)?\s+(?:task\s+)?${NOTES}\s*,?\s*(?:write|put|add|say)\s*:?\s+(.+)$`, 'i'),
  // "replace the gym notes with bring a towel".
  new RegExp(
    String.raw`^(?:replace|swap)\s+(?!(?:the\s+|its\s+)?${NOTES}\b)(.+?)(?:'s)?\s+(?:task\s+)?${NOTES}\s+(?:with|for)\s*:?\s+(.+)$`,
    'i',
  ),
  new RegExp(String.raw`^(?:replace|swap)\s+(?:the\s+)?${NOTES}\s+(?:of|on|for)\s+(.+?)\s+(?:with|for)\s*:?\s+(.+)$`, 'i'),
  // "the school trip task, the notes should say £15 and a packed lunch".
  new RegExp(String.raw`^(.+?)\s*,\s*(?:the|its)\s+${NOTES}\s+should\s+(?:say|read|be)\s*:?\s+(.+)$`, 'i'),
  // "annotate the paint task with white gloss".
  /^annotate\s+(.+?)\s+with\s*:?\s+(.+)$/i,
  // "set description of 5 as …", "the note for the paint task is …".
  new RegExp(String.raw`^(?:set|change|update|make)\s+(?:the\s+)?${NOTES}\s+(?:of|for|on)\s+(.+?)\s+(?:to|as)\s*:?\s+(.+)$`, 'i'),
  new RegExp(
    String.raw`^(?:the\s+)?${NOTES}\s+(?:for|of|on)\s+(.+?)\s+(?:is|are|should\s+(?:be|say|read))\s*:?\s+(?!.*[,;]\s*(?:please\s+)?(?:replace|change|update|set)\b)(?!(?:wrong|off|not\s+right|out\s+of\s+date)\s*(?:[,;:-]|$))(.+)$`,
    'i',
  ),
  // "the note on the Smith thing is wrong, make it: quote was £450": what is wrong with the notes is no part of them.
  new RegExp(
    String.raw`^(?:the\s+)?${NOTES}\s+(?:for|of|on)\s+(.+?)\s+(?:is|are)\s+(?:wrong|off|not\s+right|out\s+of\s+date)\s*[,;:-]?\s+(?:please\s+)?(?:make\s+(?:it|them)(?:\s+(?:say|read))?|change\s+(?:it|them)\s+to|(?:it|they)\s+should\s+(?:say|read|be))\s*:?\s+(.+)$`,
    'i',
  ),
];

/** "add a note saying bring the x-rays", "add a description: …": the notes of the task the conversation is about. */
const NOTE_FOR_LAST = [
  new RegExp(
    String.raw`^(?:add|attach|put|leave|write|pin)\s+(?:a\s+|some\s+)?${NOTES}\s*(?::\s*|\s[-–—]\s+|\s+saying\s+|\s+that\s+says\s+)(.+)$`,
    'i',
  ),
  // "add to the notes: …", "make the notes say …", "write … in the notes", "give it the note …".
  new RegExp(String.raw`^(?:add|append|write)\s+(?:to|in|into)\s+(?:the|its)\s+${NOTES}\s*:\s*(.+)$`, 'i'),
  new RegExp(String.raw`^make\s+(?:the|its)\s+${NOTES}\s+(?:say|read)\s*:?\s+(.+)$`, 'i'),
  new RegExp(String.raw`^(?:write|put|add|stick)\s+(.+?)\s+(?:in|into|to)\s+(?:the|its)\s+${NOTES}$`, 'i'),
  new RegExp(String.raw`^give\s+(?:it|that|this)(?:\s+one)?\s+(?:a|an|the)\s+(?:new\s+)?${NOTES}\s*:?\s+(.+)$`, 'i'),
  // "change the notes to …", "its description should be …", "update the description: …", "notes: …".
  new RegExp(String.raw`^(?:set|change|update|edit|replace)\s+(?:(?:the|its)\s+)?${NOTES}(?:\s+(?:to|with)\s*:?\s+|\s*:\s*)(.+)$`, 'i'),
  new RegExp(String.raw`^(?:the|its)\s+${NOTES}(?:\s+(?:should\s+(?:say|be|read)|(?:is|are)\s+now)\s*:?\s+|\s*:\s*)(.+)$`, 'i'),
  // "notes: …" alone ("note to self - …" is a task to add).
  new RegExp(String.raw`^${NOTES}\s*:\s*(.+)$`, 'i'),
];
/** "remove its description": the notes go, the task the conversation is about stays. */
/** Verbs that take a field off a task ("lose the description" drops the notes, never the task). */
const TAKE_OFF = String.raw`(?:remove|delete|clear|drop|wipe|scrub|erase|empty|lose|get\s+rid\s+of)`;
const NO_NOTES_OF_LAST = new RegExp(String.raw`^${TAKE_OFF}\s+its\s+${NOTES}$`, 'i');

/** "attach the note "bring the x-rays" to the dentist": what the notes say (quoted) first, then the task. */
const NOTE_SAID_FIRST = [
  // "put white gloss as the description of the paint task".
  new RegExp(String.raw`^(?:put|set|use|have)\s+(.+?)\s+as\s+(?:the\s+)?${NOTES}\s+(?:of|for|on)\s+(.+)$`, 'i'),
  new RegExp(
    String.raw`^(?:attach|pin|add|put|leave|stick|write)\s+(?:the\s+|a\s+)?${NOTES}\s+(["“][^"”]+["”]|'[^']+')\s+(?:to|on|onto|for)\s+(.+)$`,
    'i',
  ),
  // "add "pay by direct debit" to the gas bill notes".
  new RegExp(
    String.raw`^(?:add|put|write|stick|pin|tack)\s+(["“][^"”]+["”]|'[^']+')\s+(?:to|in|into|on|onto)\s+(?:the\s+)?(?!${NOTES}\b)(.+?)(?:'s)?\s+(?:task\s+)?${NOTES}$`,
    'i',
  ),
];

/**
 * "remove the notes from 5", "clear the description of the gym", "scrub the note on 4", "wipe the note off the boiler
 * quote", "no notes on the gym one": the notes go, the task stays.
 */
const NO_NOTES = new RegExp(
  String.raw`^(?:${TAKE_OFF}|take)\s+(?:the\s+|its\s+|all\s+(?:the\s+)?)?${NOTES}\s+(?:from|of|on|off|for|in)\s+(.+)$|^no\s+(?:more\s+)?${NOTES}\s+(?:on|for|in)\s+(.+)$`,
  'i',
);
/** "clear the dentist's notes", "wipe the gym task description": the notes of a task named before them. */
const NO_NOTES_AFTER = new RegExp(String.raw`^${TAKE_OFF}\s+(?!(?:the\s+|its\s+|all\s+)?${NOTES}\b)(.+?)('s|\s+task)?\s+${NOTES}$`, 'i');

const unquoted = (text: string) =>
  text
    .trim()
    .replace(/^["“'](.*)["”']$/, '$1')
    .trim();

export type NotesSaid = { ref: string; args: { description: string } } | { ask: string };

/** The task and what its notes now say (nothing when they are taken off), a question, or undefined. */
export function readNotesSaid(text: string): NotesSaid | undefined {
  const noteForLast = NOTE_FOR_LAST.map((pattern) => pattern.exec(text)?.[1]).find(Boolean);
  if (noteForLast) return { ref: 'it', args: { description: unquoted(noteForLast) } };
  if (NO_NOTES_OF_LAST.test(text)) return { ref: 'it', args: { description: '' } };
  const noteFirst = NOTE_SAID_FIRST.map((pattern) => pattern.exec(text)).find(Boolean);
  if (noteFirst?.[1] && noteFirst[2]) return { ref: noteFirst[2], args: { description: unquoted(noteFirst[1]) } };
  for (const pattern of NEW_NOTES) {
    const said = pattern.exec(text);
    if (said?.[1] && said[2]) return { ref: said[1], args: { description: said[2].trim() } };
  }
  const noNotes = NO_NOTES.exec(text);
  const noNotesRef = noNotes?.[1] ?? noNotes?.[2];
  if (noNotesRef) return { ref: noNotesRef, args: { description: '' } };
  const notesAfter = NO_NOTES_AFTER.exec(text);
  // "delete the meeting notes" may name a task so titled: only "the gym's notes", "the gym task notes" say whose.
  if (notesAfter?.[1] && notesAfter[2]) return { ref: notesAfter[1], args: { description: '' } };
  if (notesAfter?.[1])
    return {
      ask: `Clear the notes of ${notesAfter[1].trim()}, or delete a task with that title? Say "clear the notes of …" or "delete the … task".`,
    };
  return undefined;
}
