import type { Interpretation } from './offline-interpreter.ts';

// A long sentence that says why before what: "I'm planning my week, can you show me what's due next week", "ugh long
// day. what's overdue?". When the whole sentence is not understood, the request after a clause break is read alone.

/**
 * A comma, a full stop, a semicolon, a colon ("quick question: …") or a dash between clauses, or "and"/"so"/"but" before the request itself ("I have
 * a free afternoon and I want to see what is overdue").
 */
const CLAUSE_BREAK =
  /[,;:]\s+|[.!?]\s+|\s+[-–—]\s+|\s+(?:and|so|but)\s+(?=(?:i\s+(?:want|would\s+like|'d\s+like)\s+to|(?:can|could|would)\s+you|please)\b)/gi;
/**
 * A first clause that sets a condition or says "not" may change the request: "if it rains, …", "don't …, …"; "before you
 * do anything, …" holds it back.
 */
const CONDITION_OR_NOT =
  /\b(?:if|unless|when|once|in\s+case|as\s+soon\s+as|until|not|don'?t|do\s+not|never|no)\b|n't\b|\bbefore\s+(?:you|u)\s+do\s+anything\b/i;

/** A first clause with a verb of ours is part of the request ("change the task 2, new title is …"), not a reason. */
const REQUEST_VERB =
  /\b(?:change|switch|set|update|move|rename|edit|fix|reschedule|postpone|mark|tag|untag|delete|remove|complete|finish|add|create|remind)\b/i;

/** "sorry", "ugh I'm so behind", "I'm so disorganised this week": a reason that names no thing of its own. */
const ABOUT_THE_SPEAKER =
  /^\W*(?:(?:sorry|ugh|argh|ok|okay|oops|right|so|honestly|tbh|man|god|jeez)\b[\s,.!]*)*(?:(?:i'?m|i\s+am|im)\s+(?:so\s+|really\s+|such\s+a\s+|a\s+bit\s+|totally\s+)?[\p{L}-]+(?:\s+(?:this|today|lately|right\s+now|at\s+the\s+moment)(?:\s+week)?)?)?[\s,.!]*$/iu;

/** A first clause that only says something is done labels what follows ("I think done: the quiz night"), never a reason. */
const DONE_LABEL =
  /^\W*(?:(?:i\s+think|i\s+guess|i'?m\s+(?:pretty\s+)?sure|maybe|probably|so)\s+)?(?:done|finished|completed|sorted|ticked\s+off)\W*$/i;

/**
 * The reading of the request after the reason, or undefined. A request that points back ("rename it", "fix that", "delete
 * it") is not read: the task it means is in the reason, which is not read. One that names its task ("sorry, delete the
 * yoga one") is read as said.
 */
export function readRequestAfterReason(sentence: string, read: (request: string) => Interpretation): Interpretation | undefined {
  for (const clauseBreak of sentence.matchAll(CLAUSE_BREAK)) {
    const reason = sentence.slice(0, clauseBreak.index);
    const request = sentence.slice((clauseBreak.index ?? 0) + clauseBreak[0].length).trim();
    if (CONDITION_OR_NOT.test(reason) || REQUEST_VERB.test(reason) || DONE_LABEL.test(reason)) return undefined;
    if (request.split(/\s+/).length < 2) continue;
    const reading = read(request);
    if (reading.kind !== 'call' || (reading.target && 'last' in reading.target)) continue;
    if (reading.tool !== 'delete_task' || ABOUT_THE_SPEAKER.test(reason)) return reading;
  }
  return undefined;
}
