// "delete the gym, just kidding", "delet the gym? jk dont", "complete 5 lol jk", "delete the gym... no": a request
// taken back in the same breath. Nothing is changed; the words before it are never a task's title.

const TAKEN_BACK =
  /(?:[?!.,;]\s*|\s+)(?:(?:lol|haha)\s+)?(?:jk|j\/k|jks|just\s+kidding|just\s+joking|kidding|joking|only\s+joking)(?:[,!.\s]+(?:don'?t|do\s+not|leave\s+it|forget\s+it|lol|haha))*[\s.!😂🤣😅]*$/iu;

/** "delete the gym... no", "mark it done, actually no": a request ended by a bare no. */
const ENDED_BY_NO = /(?:\.{2,}|…|,|;)\s*(?:(?:wait|hmm|actually|oh)[,\s]+)?(?:no|nope|nah|no\s+wait|on\s+second\s+thoughts?)[\s.!]*$/i;

/** "delete the vet scratch that", "move the gym to friday, scratch that": a request ended by striking it out. */
const STRUCK_OUT = /\S(?:[,.;]|\.{2,}|…)?\s+(?:(?:no|wait|actually|oh)[,\s]+)?(?:scratch|strike)\s+that[\s.!]*$/i;

/** "did I tell you about the car? never mind", "add milk. forget it": the sentence before is waved away. */
const WAVED_AWAY =
  /\S(?:[?!.,;]|\.{2,}|…)\s*(?:(?:oh|hmm|ah|actually|wait)[,\s]+)?(?:never\s*mind|nvm|forget\s+it|doesn'?t\s+matter)[\s.!]*$/i;

/** "delete the gym thing... actually nvm keep it", "bin it, no wait leave it": the task kept after all. */
const KEPT_AFTER_ALL =
  /\S(?:[?!.,;]|\.{2,}|…)?\s+(?:(?:oh|hmm|ah|ok|okay)[,\s]+)?(?:actually|nvm|never\s*mind|no|nah|nope|wait|jk)(?:[,\s]+(?:actually|nvm|never\s*mind|no|nah|wait|just))*[,\s]+(?:keep|leave)\s+(?:it|that|them|this)(?:\s+(?:pls|plz|please|then|after\s+all|lol|for\s+now))*[\s.!]*$/i;

/** Whether the message ends by taking itself back. */
export function isTakenBack(message: string): boolean {
  const said = message.trim();
  return TAKEN_BACK.test(said) || ENDED_BY_NO.test(said) || STRUCK_OUT.test(said) || WAVED_AWAY.test(said) || KEPT_AFTER_ALL.test(said);
}

export const TAKEN_BACK_SAID = 'No problem, nothing changed.';
