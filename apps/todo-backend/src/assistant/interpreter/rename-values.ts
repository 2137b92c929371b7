import type { Interpretation } from './offline-interpreter.ts';
import { escapeRegExp } from './project-names.ts';

// What a rename's value says beyond the new title. A rename taken back names the old title ("undo my rename on 5, it
// was called water the lawn"); a rename with nothing after its "to" or "as" has no title and is asked; the old title
// said after the new one ('call it "book the MOT" not "MOT"', "call the gym one Swim instead of Gym") is no part of it,
// and a word swapped for another in a title not said ("the invoice one should say March not Feb") is asked.

/**
 * "undo my rename on 5", "revert the title change on the vet", "undo that rename, it was call the vet": a change taken
 * back, never a completion.
 */
const RENAME_UNDONE =
  /^(?:oops[,!.\s]*)?(?:undo|revert|reverse|take\s+back)\s+(?:my|the|that)\s+(?:rename|renaming|title\s+change|name\s+change|new\s+(?:title|name))(?:\s+(?:on|of|for|to)\s+(.+?))?(?:\s*[,;:-]\s*(?:it|that)\s+(?:was|used\s+to\s+be)\s+(?:(?:called|named|titled)\s+)?(.+))?$/i;

export type RenameUndone = { ref: string; title: string } | { ask: string };

export function renameUndone(text: string): RenameUndone | undefined {
  const said = RENAME_UNDONE.exec(text.trim());
  if (!said) return undefined;
  // "undo that rename, it was 'call the vet'": the task renamed last.
  const ref = said[1] ?? 'it';
  if (!said[2]) return { ask: `What was it called before? Say "rename ${ref} to …".` };
  return { ref, title: said[2].trim().replace(/^["“'](.+)["”']$/, '$1') };
}

/** "rename the boiler task to", "retitle it as": the linking word is all there is, no title. */
const NO_TITLE = /^(?:to|as|into|in|with|for|:)$/i;

/** The old title after the new one: "…" not "…", "… instead of …", "… rather than …". */
const OLD_TITLE_AFTER = /^(.+?)["”]?\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+["“]?([^"“”]+?)["”]?$/i;

const words = (text: string) => text.toLowerCase().replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();

/** The rename as meant: asked when it has no title, without the old title when one follows the new. */
export function renameValueRead(reading: Interpretation, said: string): Interpretation {
  if (reading.kind !== 'call' || reading.tool !== 'update_task' || typeof reading.args.title !== 'string') return reading;
  const title = reading.args.title.trim();
  if (NO_TITLE.test(title)) return { kind: 'help', reason: 'Rename it to what? Say the new title after "to".' };
  // The old title may have been read off as a contrast already ("should say June not May" → "June"): the message has it.
  const after =
    OLD_TITLE_AFTER.exec(title) ??
    new RegExp(String.raw`(${escapeRegExp(title)})["”]?\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+["“]?([^"“”]+?)["”]?[.!]*$`, 'i').exec(
      said.trim(),
    );
  if (!after?.[1] || !after[2] || !reading.target) return quotedThenMore(reading, title);
  const oldTitle = words(after[2]);
  const newTitle = after[1].replace(/^["“]/, '').trim();
  const target = reading.target;
  // The old title is the task's own words ("call the gym one Swim instead of Gym"): it says which task, not the title.
  if ('title' in target && words(target.title).includes(oldTitle)) return { ...reading, args: { ...reading.args, title: newTitle } };
  // "call it "book the MOT" not "MOT"": a quoted old title names the task "it" stands for.
  if ('last' in target && new RegExp(`["“]${escapeRegExp(after[2])}["”]`).test(said))
    return { ...reading, args: { ...reading.args, title: newTitle }, target: { title: after[2].trim() } };
  // '23 should be called "renew home insurance", not "home insurance"': the quotes say where the new title ends.
  if (new RegExp(String.raw`["“]${escapeRegExp(newTitle)}["”]\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+["“]`, 'i').test(said))
    return { ...reading, args: { ...reading.args, title: newTitle } };
  // "the plumber task should say call Mario not call Maria": the same words with one of them put right is a typo fixed,
  // and the old title is no part of the new one.
  if (oneWordPutRight(newTitle, oldTitle)) return { ...reading, args: { ...reading.args, title: newTitle } };
  // "the invoice one should say March not Feb": one word for another, neither of them the task's, is a word of a title
  // not said swapped; a title "March" would lose the rest of it ("… should say bring the scones, not the cakes" is whole).
  const oneWordEach = !/\s/.test(newTitle) && !/\s/.test(oldTitle);
  if ('title' in target && oneWordEach && !words(newTitle).includes(words(target.title)))
    return { kind: 'help', reason: `What should the whole title of ${target.title} be? Say "rename ${target.title} to …".` };
  return reading;
}

/**
 * A quoted title with more said after its closing quote: 'should be called "self assessment" and be due jan 31',
 * 'rename the pharmacy run to "pharmacy" and take the errands tag off', 'title "Dentist - Mia", no tags'. The quotes end
 * the title; what follows is another change, asked one at a time, never words of the title.
 */
const QUOTED_THEN_MORE =
  /^["“][^"“”]+["”]\s*[,;]?\s+(?!(?:instead|please|pls|thanks|thank\s+you|thx|cheers|then|too|again|now|after\s+all)\b)\S/i;

function quotedThenMore(reading: Interpretation, title: string): Interpretation {
  return QUOTED_THEN_MORE.test(title)
    ? { kind: 'help', reason: 'One change at a time, please: the new title first? Say the rename, then the other change.' }
    : reading;
}

/** "call Mario" and "call Maria": as many words, all but one the same. */
function oneWordPutRight(newTitle: string, oldTitle: string): boolean {
  const [meant, old] = [words(newTitle).split(' '), words(oldTitle).split(' ')];
  return meant.length > 1 && meant.length === old.length && meant.filter((word, index) => word !== old[index]).length === 1;
}
