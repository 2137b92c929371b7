import type { Interpretation } from './offline-interpreter.ts';

// A clause set apart after a new task's words, with a pronoun for its subject: "ring Dr Patel's surgery friday 8am,
// they open then", "buy more pads, she's nearly out", "book the chiropodist, he needs his nails cut". It says why or
// when, about the task or the people around it, and is no part of the title.

const PRONOUN_CLAUSE =
  /\s*[,;]\s+(?:they|she|he|it|we|i)(?:'re|'s|'ve|'ll|'d|'m)?\s+(?:(?:only|just|always|never|usually|still|now|all)\s+)*(?:(?:is|are|was|were|has|have|had|do|does|did|can|will|won't|can't|don't|doesn't|didn't)\b|[a-z]+(?:s|ed)?\b).*$/i;

/** The title without such a clause after it; a title that would be left with one word keeps it. */
export function titleWithoutAside(title: string): string {
  const kept = title.replace(PRONOUN_CLAUSE, '').trim();
  return kept.split(/\s+/).length >= 2 ? kept : title;
}

/**
 * A new task's reading with its title so cut. Applied last: the rules for asides first read a change to a task named
 * before the clause ("make the dog walk low priority, it rained all day"), which a cut title would hide from them.
 */
export function newTaskWithoutAside(reading: Interpretation): Interpretation {
  if (reading.kind !== 'call' || reading.tool !== 'add_task' || typeof reading.args.title !== 'string') return reading;
  return { ...reading, args: { ...reading.args, title: titleWithoutAside(reading.args.title) } };
}
