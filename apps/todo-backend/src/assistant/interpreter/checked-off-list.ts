import { knownProject } from './project-names.ts';
import type { KnownNames } from './projects.ts';

// An item ticked off the list it is on, as people say it of a shopping list: "check off eggs from my grocery list",
// "cross bread off my shopping list". The list only says where the item is: it is no part of the task's name. Only
// the caller's own lists are read so ("cross my name off the guest list" is left to the other rules).

const OFF_A_LIST =
  /^((?:check|tick|cross|mark)(?:\s+off)?\s+)(.+?)\s+(?:off|from|on)\s+(?:of\s+)?(?:my|the|our)\s+(?:([\p{L}' -]+?)\s+)?list((?:\s+as\s+(?:done|complete|completed|finished))?)$/iu;
const OWN_LISTS = /^(?:shopping|to-?do|to\s+do|task|reminders?)$/i;

export function withoutListPlace(text: string, known: KnownNames): string {
  const ticked = OFF_A_LIST.exec(text.trim());
  if (!ticked?.[1] || !ticked[2]) return text;
  const list = ticked[3];
  if (list && !OWN_LISTS.test(list) && !knownProject(list, known)) return text;
  const verb = /\boff\s+$/i.test(ticked[1]) || /^mark\b/i.test(ticked[1]) ? ticked[1] : `${ticked[1].trim()} off `;
  return `${verb}${ticked[2]}${ticked[4] ?? ''}`;
}
