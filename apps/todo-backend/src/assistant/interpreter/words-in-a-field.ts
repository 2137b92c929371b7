// Some words of a task's title or notes changed, the rest kept: "drop 'urgent' from the title of the invoice task",
// "in the title of the bins one, change "tues" to "weds"", "the boiler note: change 4471 to 4471-B". The whole title or
// note is what the tools write, and only a title said in full is known here: from "take 'URGENT' out of the name of
// 'URGENT pay the invoice'" the new title is read; otherwise the whole new wording is asked, never a tag taken off, a
// date moved or a note overwritten with the instruction itself.

export type WordsInAField = { ref: string; title: string } | { ask: string };

const FIELD = '(?:title|name|wording|notes?|description)';
const QUOTED = `["“'‘]([^"“”'‘’]+)["”'’]`;

/** "drop 'urgent' from the title of the invoice task", "take the word urgent out of the name of 7". */
const WORDS_TAKEN_OUT = new RegExp(
  String.raw`^(?:drop|remove|take|delete|cut|lose|strip|get\s+rid\s+of)\s+(?:the\s+word\s+)?(?:${QUOTED}|(\S+))\s+(?:out\s+of|from|off)\s+(?:the\s+)?(${FIELD})\s+(?:of|on|for)\s+(.+)$`,
  'i',
);

/** "in the title of the bins one, change "tues" to "weds"", "in the notes on 5 replace 10am with 11am". */
const WORDS_SWAPPED_IN = new RegExp(
  String.raw`^in\s+(?:the\s+)?(${FIELD})\s+(?:of|on|for)\s+(.+?)\s*,?\s+(?:change|replace|swap|switch|make)\s+\S.*\s+(?:to|with|for|into)\s+\S.*$`,
  'i',
);

/** "the boiler note: change 4471 to 4471-B", "dentist title - swap Mon for Tue". */
const FIELD_THEN_SWAP = new RegExp(
  String.raw`^(?:the\s+)?(.+?)\s+(${FIELD})\s*(?::|[-–—])\s*(?:change|replace|swap|switch)\s+(?!(?:it|that|this)\s)\S.*\s+(?:to|with|for|into)\s+\S.*$`,
  'i',
);

function asked(field: string, ref: string): { ask: string } {
  const note = /^(?:notes?|description)$/i.test(field);
  const example = note ? `set the note on ${ref} to …` : `rename ${ref} to …`;
  return { ask: `What should the whole ${note ? 'note' : 'title'} of ${ref} say? Say it in full, for example "${example}".` };
}

export function wordsInAField(text: string): WordsInAField | undefined {
  const said = text.trim();
  const out = WORDS_TAKEN_OUT.exec(said);
  if (out) {
    const words = (out[1] ?? out[2] ?? '').trim();
    const field = out[3] ?? 'title';
    const ref = (out[4] ?? '').trim();
    const full = new RegExp(`^${QUOTED}$`).exec(ref)?.[1];
    // The title said in full, in quotes, holding the words: the new title is what is left of it.
    const at = full && !/^(?:notes?|description)$/i.test(field) ? full.toLowerCase().indexOf(words.toLowerCase()) : -1;
    if (full && at >= 0) {
      const title = `${full.slice(0, at)} ${full.slice(at + words.length)}`.replace(/\s+/g, ' ').replace(/^[\s:,-]+|[\s:,-]+$/g, '');
      if (title) return { ref: full, title };
    }
    return asked(field, ref);
  }
  const swappedIn = WORDS_SWAPPED_IN.exec(said);
  if (swappedIn?.[1] && swappedIn[2]) return asked(swappedIn[1], swappedIn[2]);
  const fieldThenSwap = FIELD_THEN_SWAP.exec(said);
  if (fieldThenSwap?.[1] && fieldThenSwap[2]) return asked(fieldThenSwap[2], `the ${fieldThenSwap[1]}`);
  return undefined;
}
