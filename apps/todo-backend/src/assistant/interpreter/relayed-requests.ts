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

/**
 * "my mum thinks I should delete half of these tasks", "Sam reckons we should move the gym": someone's opinion of what
 * the user should do with the list, which the user has not taken up: theirs to decide, as a request asked back is.
 */
const OPINION =
  /^(?:(?:so|ok|okay)[,\s]+)?((?:my|our|the)\s+\S+(?:\s+\S+)?|[\p{Lu}][\p{L}'-]*|he|she|they|mum|mom|dad)\s+(?:thinks|reckons|keeps\s+saying|says|said|feels)\s+(?:that\s+)?(?:i|we)\s+(?:should|ought\s+to|could|need\s+to)\s+((?:delete|remove|clear|drop|bin|cancel|move|push|mark|complete|tick|rename|change)\b.+)$/iu;

/** The reading of the request passed on, a question when the user asks whether to, or undefined. */
export function readRelayedRequest(sentence: string, read: (request: string) => Interpretation): Interpretation | undefined {
  const opinion = OPINION.exec(sentence.trim())?.[2];
  // "My son says I should delete everything. Please delete everything.": the user takes it up in the next sentence.
  if (opinion && !/[.!?]\s+\S/.test(opinion)) {
    const request = opinion.replace(/\s*[,;].*$/, '');
    return { kind: 'help', reason: `That is yours to decide: say "${request}" if you want it done.` };
  }
  const said = RELAYED.exec(sentence.trim());
  const request = said?.[2];
  if (!request || !ABOUT_THE_LIST.test(request)) return undefined;
  if (ASKED_BACK.test(request))
    return { kind: 'help', reason: `That is yours to decide: say "${request.replace(ASKED_BACK, '')}" if you want it done.` };
  return read(request.replace(/[.!]+$/, ''));
}
