import { knownProject } from './project-names.ts';
import type { KnownNames } from './projects.ts';

// Where a new task goes, said as a second request about it: "remind me to call the client tomorrow at 9 and put it in
// work", "add buy nails and file it under home projects". Only one of the caller's projects is read so ("and put it in
// the fridge" is the task's own words); the request goes, the project is said as "in <project>" for the project rules.

const PUT_IT =
  /\s+and\s+(?:put|add|file|stick|pop|save|place)\s+(?:it|that|this)\s+(?:in|on|into|to|under)\s+(?:the\s+|my\s+|our\s+)?(.+?)(?:\s+(?:list|project))?(?=[,.!\s]+(?:please|thanks|thank\s+you|cheers)[!.]*$|$)/i;

export function projectAfterIt(text: string, known: KnownNames): string {
  const put = PUT_IT.exec(text);
  const project = put?.[1] ? knownProject(put[1], known) : undefined;
  return put && project ? `${text.slice(0, put.index)} in ${project}${text.slice(put.index + put[0].length)}` : text;
}
