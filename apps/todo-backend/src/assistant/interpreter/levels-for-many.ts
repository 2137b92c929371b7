import { levelOf } from './priority-levels.ts';

// "everything in Groceries is low", "all the Work stuff can wait", "every task in Garden Club should be p2": a level
// said of many tasks at once. One task's priority changes at a time, so it is asked about, never read as a listing of
// Groceries or as a task called "everything".

const MANY_THEN_LEVEL =
  /^(?:everything|all\s+(?:of\s+)?(?:the|my|our|these|those|them)|all\s+(?:tasks|todos|items|things|stuff)|every\s+(?:single\s+)?(?:task|todo|item|one)|the\s+(?:whole\s+|entire\s+)?lot)\b.*?\s+(?:(?:is|are|'s)(?:\s+(?:all|now))*|(?:can|could|should|must)(?:\s+all)?(?:\s+be)?|needs?\s+to\s+be)\s+(.+)$/i;

/** The question to ask when a level is said of many tasks, or undefined. */
export function manyLevelledAsked(sentence: string): string | undefined {
  const said = MANY_THEN_LEVEL.exec(sentence.trim().replace(/[.!]+$/, ''));
  if (!said?.[1]) return undefined;
  const level = levelOf(said[1]) ?? levelOf(`can ${said[1]}`);
  return level === undefined
    ? undefined
    : 'I change the priority of one task at a time: which task? Give its number or words of its title.';
}
