// "delete the gym, just kidding", "delet the gym? jk dont", "complete 5 lol jk", "delete the gym... no": a request
// taken back in the same breath. Nothing is changed; the words before it are never a task's title.

const TAKEN_BACK =
  /(?:[?!.,;]\s*|\s+)(?:(?:lol|haha)\s+)?(?:jk|j\/k|jks|just\s+kidding|just\s+joking|kidding|joking|only\s+joking)(?:[,!.\s]+(?:don'?t|do\s+not|leave\s+it|forget\s+it|lol|haha))*[\s.!😂🤣😅]*$/iu;

/** "delete the gym... no", "mark it done, actually no": a request ended by a bare no. */
const ENDED_BY_NO = /(?:\.{2,}|…|,|;)\s*(?:(?:wait|hmm|actually|oh)[,\s]+)?(?:no|nope|nah|no\s+wait|on\s+second\s+thoughts?)[\s.!]*$/i;

/** "delete the vet scratch that", "move the gym to friday, scratch that": a request ended by striking it out. */
const STRUCK_OUT = /\S(?:[,.;]|\.{2,}|…)?\s+(?:(?:no|wait|actually|oh)[,\s]+)?(?:scratch|strike)\s+that[\s.!]*$/i;

/** Whether the message ends by taking itself back. */
export function isTakenBack(message: string): boolean {
  return TAKEN_BACK.test(message.trim()) || ENDED_BY_NO.test(message.trim()) || STRUCK_OUT.test(message.trim());
}

export const TAKEN_BACK_SAID = 'No problem, nothing changed.';
