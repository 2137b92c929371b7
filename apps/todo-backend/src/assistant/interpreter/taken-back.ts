// "delete the gym, just kidding", "delet the gym? jk dont", "complete 5 lol jk": a request taken back in the same
// breath. Nothing is changed; the words before it are never a task's title.

const TAKEN_BACK =
  /(?:[?!.,;]\s*|\s+)(?:(?:lol|haha)\s+)?(?:jk|j\/k|jks|just\s+kidding|just\s+joking|kidding|joking|only\s+joking)(?:[,!.\s]+(?:don'?t|do\s+not|leave\s+it|forget\s+it|lol|haha))*[\s.!😂🤣😅]*$/iu;

/** Whether the message ends by taking itself back. */
export function isTakenBack(message: string): boolean {
  return TAKEN_BACK.test(message.trim());
}

export const TAKEN_BACK_SAID = 'No problem, nothing changed.';
