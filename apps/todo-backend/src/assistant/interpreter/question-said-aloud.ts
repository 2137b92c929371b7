import type { Interpretation } from './offline-interpreter.ts';

// "delete the dentist question mark": a request to delete or complete, dictated with the question mark said aloud,
// asks whether to do it; it is never done on the strength of a question. A request put as a question ("can you delete
// the dentist question mark", "could you tick off the milk question mark") is a request, and is read as one.

/** The question mark said as words, last: the speaker meant the sentence as a question. */
const QUESTION_SAID = /\bquestion\s+mark[\s.!]*$/i;
/** "can you …", "could you …", "please …": a request put as a question. */
const REQUEST_ASKED =
  /^(?:(?:okay|ok|so|right|hey|um+|uh+|er+m?|and)[,\s]+)*(?:(?:can|could|would|will)\s+(?:you|u)|please|pls|do\s+you\s+mind)\b/i;
/** The changes that cannot be taken back by a question answered later. */
const NOT_ON_A_QUESTION = new Set(['delete_task', 'complete_task']);

export function questionSaidAloud(message: string, reading: Interpretation): Interpretation {
  if (reading.kind !== 'call' || !NOT_ON_A_QUESTION.has(reading.tool)) return reading;
  const said = message.trim();
  if (!QUESTION_SAID.test(said) || REQUEST_ASKED.test(said)) return reading;
  const change = reading.tool === 'delete_task' ? 'delete' : 'mark as done';
  return { kind: 'help', reason: `Do you want me to ${change} that task? Say it as a request and I will.` };
}
