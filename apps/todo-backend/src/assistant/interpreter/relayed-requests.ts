import type { Interpretation } from './offline-interpreter.ts';

// A request about the list passed on from someone else: "my wife said to delete the party task", "Sam asked me to
// move the gym task to friday". The user says it to the chat, so it is theirs and is read as said; asked back with
// "should I?" it is a question, and the chat asks rather than acts. Work passed on ("my boss wants me to finish the
// report") names no task of the list and is left to the rules that add it.

/** Who said it (a few words), the verb of saying, and the request after "to". */
const RELAYED =
  /^(?:(?:please|pls|so|ok|okay)[,\s]+)?((?:my|our|the)\s+\S+(?:\s+\S+)?|[\p{Lu}][\p{L}'-]*|he|she|they|mum|mom|dad)\s+(?:said|says|told\s+(?:me|us)|asked\s+(?:me|us)|wants\s+(?:me|us)|would\s+like\s+(?:me|us))\s+to\s+(.+)$/iu;
/** The request names the list or a task on it, not work to do. */
const ABOUT_THE_LIST = /\b(?:task|tasks|todo|to-do|list|item|reminder)\b|#\d/i;
/** "…, should I?", "… - shall I?", "… or not?": the user asks whether to. */
const ASKED_BACK = /(?:[,;\s-]+(?:should|shall|do|must)\s+(?:i|we)(?:\s+do\s+it)?|\s+or\s+not)\s*\??$|\?$/i;

/** The reading of the request passed on, a question when the user asks whether to, or undefined. */
export function readRelayedRequest(sentence: string, read: (request: string) => Interpretation): Interpretation | undefined {
  const said = RELAYED.exec(sentence.trim());
  const request = said?.[2];
  if (!request || !ABOUT_THE_LIST.test(request)) return undefined;
  if (ASKED_BACK.test(request))
    return { kind: 'help', reason: `That is yours to decide: say "${request.replace(ASKED_BACK, '')}" if you want it done.` };
  return read(request.replace(/[.!]+$/, ''));
}
