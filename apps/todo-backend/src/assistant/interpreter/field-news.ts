// A task's new title or note said after the task, the way a rescheduled day is talked about: '12 is now "collect the
// school photos"', 'the vet: new note "fasting from 8pm"'. Said as the change the rules read ('rename 12 to "…"', 'add
// a note to the vet: "…"'); read as it stood, the note became a task titled 'note "…"'. Whatever follows (", and it
// is friday now") stays, for the rules of two changes.

/** '12 is now "collect the school photos"': a quoted title is the task's new name. */
const TITLE_NOW = /^(#?\d+|(?:the|my)\s+[^"“,;:]+?)\s+is\s+now\s+(?:called\s+)?(["“][^"”]+["”])(.*)$/i;

/** 'the drawings: new title "drawings v2"': a quoted new title for the task said first; what follows stays. */
const TITLE_AFTER_TASK = /^((?:the|my)\s+[^"“,;:–—-]+?)\s*(?::|\s[-–—])\s*new\s+(?:title|name)\s*:?\s*(["“][^"”]+["”])(.*)$/i;

/** 'the vet: new note "…"', 'the vet - add a note: …': a note for the task said first. */
const NOTE_AFTER_TASK =
  /^((?:the|my)\s+[^"“,;:–—-]+?)\s*(?::|\s[-–—])\s*(?:new|add\s+(?:a|another))\s+(?:note|description)\s*(?:[:\-–—]|saying\b|that\s+says\b)?\s*(.+)$/i;

/** "boiler quote: note 'valid 30 days'": a quoted note for the task named before the colon, with or without "the". */
const QUOTED_NOTE_AFTER_TASK =
  /^(?!(?:add|new|create|todo|to-do|task|note|notes|remind|reminder|remember|jot|memo)\b)([^"“',;:–—-]+?)\s*:\s*note\s+(?:["“]([^"”]+)["”]|'([^']+)')(.*)$/i;

export function fieldNews(text: string): string {
  const said = text.trim();
  const title = TITLE_NOW.exec(said);
  if (title?.[1] && title[2]) return `rename ${title[1]} to ${title[2]}${title[3] ?? ''}`;
  const titleAfter = TITLE_AFTER_TASK.exec(said);
  if (titleAfter?.[1] && titleAfter[2]) return `rename ${titleAfter[1]} to ${titleAfter[2]}${titleAfter[3] ?? ''}`;
  const note = NOTE_AFTER_TASK.exec(said);
  // The note's quotes only mark where it ends.
  if (note?.[1] && note[2]) return `add a note to ${note[1]}: ${note[2].replace(/^["“]([^"”]+)["”]/, '$1')}`;
  const quotedNote = QUOTED_NOTE_AFTER_TASK.exec(said);
  if (quotedNote?.[1]) return `add a note to ${quotedNote[1]}: ${quotedNote[2] ?? quotedNote[3] ?? ''}${quotedNote[4] ?? ''}`;
  return text;
}
