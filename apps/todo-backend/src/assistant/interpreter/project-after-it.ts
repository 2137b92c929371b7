import { knownProject } from './project-names.ts';
import type { KnownNames } from './projects.ts';

// Where a new task goes, said as a second request about it: "remind me to call the client tomorrow at 9 and put it in
// work", "add buy nails and file it under home projects", "clear the gutters, add to home projects", "order the banner,
// put it under garden club, p2". Only one of the caller's projects is read so ("and put it in
// the fridge" is the task's own words); the request goes, the project is said as "in <project>" for the project rules.

const PUT_IT =
  /(?:\s+and|\s*[,;.]|\s+[-–—]|\s*\p{Extended_Pictographic}+\uFE0F?)\s+(?:(?:please|pls)\s+)?(?:put|add|file|stick|pop|save|place|chuck|bung)\s+(?:(?:it|that|this)\s+)?(?:in|on|into|to|under)\s+(?:the\s+|my\s+|our\s+)?(.+?)(?:\s+(?:list|project))?(?=[,.!\s]+(?:please|pls|thanks|thank\s+you|cheers)[!.]*$|\s*,\s*\S|[.!]*$)/iu;

const NAMED_TASK = /^(?:the|my|our|that|this|it|task\s|#?\d)/i;
/** A sentence that asks for a task already ("add …", "remind me to …"). */
const ASKS_ALREADY =
  /^(?:(?:please|pls|can\s+you|could\s+you)\s+)*(?:add|create|new|put|todo|remind\s+me|set\s+(?:up\s+)?a\s+reminder|make\s+(?:a|an)\s+(?:task|todo|reminder))\b/i;

export function projectAfterIt(text: string, known: KnownNames): string {
  const put = PUT_IT.exec(text);
  const project = put?.[1] ? knownProject(put[1], known) : undefined;
  if (!put || !project) return text;
  const before = text.slice(0, put.index);
  // "the report, put it in work": a task named with "the" and put somewhere is moved there, by the rules for moves.
  if (!/^\s*and\b/i.test(put[0]) && NAMED_TASK.test(before.trim())) return text;
  // "clear the gutters, add to home projects": asked to be put somewhere, the words before are a task to add.
  const lead = ASKS_ALREADY.test(before.trim()) ? '' : 'add ';
  return `${lead}${before} in ${project}${text.slice(put.index + put[0].length)}`;
}
