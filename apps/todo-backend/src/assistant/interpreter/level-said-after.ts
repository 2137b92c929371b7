import type { Interpretation } from './offline-interpreter.ts';
import { priorityWord } from './priority-words.ts';

// A level change, then the level that will do: "the boiler one isn't urgent any more, normal is fine", "the gym can
// wait - low is ok". The first clause names the task and says the level goes down (or up); the level said after it is
// the one meant, never the one the first clause would guess.

const LEVEL_WILL_DO =
  /^(.+?)\s*(?:[,;]|\s[-–—])\s*(?:so\s+)?(?:just\s+)?(high|medium|normal|low)(?:\s+(?:priority|prio))?\s+(?:is|'s|will\s+be|would\s+be)\s+(?:fine|ok|okay|enough|plenty|good|grand)$/i;

export function levelSaidAfter(sentence: string, read: (request: string) => Interpretation): Interpretation | undefined {
  const [, changeSaid, levelSaid] = LEVEL_WILL_DO.exec(sentence) ?? [];
  const priority = levelSaid ? priorityWord(levelSaid) : undefined;
  if (!changeSaid || !priority) return undefined;
  const change = read(changeSaid);
  if (change.kind !== 'call' || change.tool !== 'set_priority' || !change.target) return undefined;
  return { ...change, args: { priority } };
}
