import type { Interpretation } from './offline-interpreter.ts';
import { parseTaskRef } from './phrases.ts';

// "school form, she needs £5 too so add that as a note", "sarah wants the forecast in, can you put that as a note on the
// budget email": what was just said is the note, "that" points back at it; the task is the one named after "on", or the
// one named first. Never a new task "that as a note".

const THAT_AS_A_NOTE =
  /^(?:(.+?)[,;.]?\s+)?(?:so\s+|and\s+)?(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+|pls\s+)?(?:add|put|stick|pop|save|write|make)\s+(?:that|this)\s+(?:as|in|into)\s+(?:a\s+|the\s+|its\s+)?(?:note|notes|description|details)(?:\s+(?:on|to|for|of|in)\s+(.+?))?(?:\s+(?:please|pls|thanks))?[.!?]*$/i;

export function thatAsANote(text: string): Interpretation | undefined {
  const said = THAT_AS_A_NOTE.exec(text.trim());
  if (!said) return undefined;
  const [, before = '', named] = said;
  const [topic, ...rest] = before.split(/\s*,\s*|\s+[-–—]\s+/);
  const note = (named ? before : rest.join(', ')).replace(/\s+(?:so|and)$/i, '').trim();
  const target = parseTaskRef(named ?? topic ?? '');
  if (!note || !target)
    return {
      kind: 'help',
      reason: 'Which task should the note go on, and what should it say? For example "add a note to the dentist: bring the letter".',
    };
  return { kind: 'call', tool: 'update_task', args: { description: note }, target };
}
