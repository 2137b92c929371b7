import { NOTES } from './notes-said.ts';

// A rename whose task has a word of notes in its title: "rename the standup notes to Daily standup notes", "retitle
// the meeting notes task as Board minutes". "rename" decides the field: the title changes, never the notes.

const RENAME = /^(?:rename|retitle)\s+(.+?)\s+(?:to|as|into)\s*:?\s+(.+)$/i;
const NOTES_WORD = new RegExp(String.raw`\b${NOTES}\b`, 'i');

/** The task and its new title when a rename names a task titled with "notes" or the like, or undefined. */
export function renameOverNotes(text: string): { ref: string; title: string } | undefined {
  const rename = RENAME.exec(text.trim());
  if (!rename?.[1] || !rename[2] || !NOTES_WORD.test(rename[1])) return undefined;
  // "rename the notes of 5 to …" names the notes themselves: that is asked about elsewhere, not read as a title.
  if (/^(?:the\s+|its\s+)?(?:description|notes?)\s+(?:of|on|for)\b/i.test(rename[1])) return undefined;
  return { ref: rename[1], title: rename[2] };
}
