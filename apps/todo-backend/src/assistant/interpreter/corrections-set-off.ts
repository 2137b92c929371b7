import { dateReader } from '../dates.ts';

// A correction typed between commas or after a full stop: "rename the milk one to oat milk. no, almond milk", "complete
// 4, sorry, I meant 14", "reopen the gym task, no, the swim one", "outdoor, no, outdoor and weekend". Said so, "no" and
// "sorry" are no slip for "not": they take back the words before them, as "no wait" does when said aloud. Written as
// "no wait", which dictation.ts puts in place (or asks about when it cannot tell what is corrected).

/**
 * ", no, ", ". sorry, I meant ", " - hmm, no, ": the marker, set off by punctuation on both sides. "sorry" alone is a
 * correction only before "I meant" or a number ("mark 6 done. sorry, 9"); otherwise it is an apology ("the report is
 * not done, sorry, open it again").
 */
const SET_OFF =
  /(?:\s*[,.;…]+|\s+[-–—])\s+(?:(?:ugh|hmm+|oh|oops|wait|hang\s+on)[,.!]?\s+)*(?:(?:no\s+sorry|sorry\s+no|no|nope)\s*[,.;]\s+(?:i\s+meant?\s+)?|sorry\s*[,.;]\s+(?:i\s+meant?\s+|(?=#?\d)))(?=\S)/gi;

/** The sentence with each set-off correction said as "no wait", or as it came. */
export function correctionsSetOff(text: string): string {
  return text.replace(SET_OFF, (marker: string, at: number, all: string) =>
    // "tomorrow, no, the day after": a day corrects the day said before it; which one is asked, never read as a task.
    startsWithDate(all.slice(at + marker.length)) ? marker : ' no wait ',
  );
}

function startsWithDate(words: string): boolean {
  return dateReader.parse(words).some((found) => found.index === 0);
}
