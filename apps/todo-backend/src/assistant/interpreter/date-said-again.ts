import { stripPoliteness } from './politeness.ts';
import { isWholeDate } from './whole-dates.ts';

// A task's date said again as a second thought: "hmm let's say 5pm instead for the haircut" proposes a new one; "leave
// the plumber on tuesday but make it 10am" keeps the day and changes the time. Said as the move the rules read ("move
// the haircut to 5pm", "move the plumber to tuesday 10am").

const TASK = String.raw`(?:the|my)\s+.+?|(?:task\s+|#)?\d+`;

/** "let's say 5pm instead for the haircut", "say friday for the dentist instead", "let's make it 3 for the vet". */
const PROPOSED = new RegExp(
  String.raw`^(?:let'?s\s+)?(?:say|make\s+it|go\s+(?:with|for))\s+(.+?)(?:\s+instead)?\s+for\s+(${TASK})(?:\s+instead)?$`,
  'i',
);

/** "leave the plumber on tuesday but make it 10am": the day stays, the time is new. */
const DAY_KEPT = new RegExp(String.raw`^(?:leave|keep)\s+(${TASK})\s+on\s+(.+?)\s*,?\s+but\s+(?:make\s+it|move\s+it\s+to|at)\s+(.+)$`, 'i');

/** "change the diet plan to start monday", "move the course to begin on the 3rd": the day it starts is its date. */
const TO_START = /^((?:change|move|set|update|switch|shift)\s+(?:the|my)\s+.+?)\s+to\s+(?:start|begin|kick\s+off)\s+(?:on\s+)?(.+)$/i;

/** The sentence as a move, or as it came. */
export function dateSaidAgain(text: string): string {
  const said = stripPoliteness(text.trim().replace(/[.!]+$/, ''));
  const proposed = PROPOSED.exec(said);
  if (proposed?.[1] && proposed[2] && isWholeDate(proposed[1])) return `move ${proposed[2]} to ${proposed[1]}`;
  const start = TO_START.exec(said);
  if (start?.[1] && start[2] && isWholeDate(start[2])) return `${start[1]} to ${start[2]}`;
  const kept = DAY_KEPT.exec(said);
  const day = kept?.[2];
  const time = kept?.[3];
  if (kept?.[1] && day && time && isWholeDate(`${day} ${time}`)) return `move ${kept[1]} to ${day} ${time}`;
  return text;
}
