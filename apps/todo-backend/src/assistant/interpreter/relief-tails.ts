// "mark the report done, finally!", "the taxes? done. finally.", "mark the essays done, FINALLY 🎉", "add call mum,
// at last": relief said after a request is how the caller feels about it, no part of the task it names or of its
// title. The sentence is read without it.

// "permission slip signed and in the bag": the idiom for done, after "and", says the same relief.
const RELIEF = String.raw`(?:finally|at\s+(?:long\s+)?last|phew|yay|woo+hoo+|hooray|hurrah|thank\s+(?:god|goodness|heavens)|about\s+time(?:\s+too)?|and\s+(?:it'?s\s+)?in\s+the\s+bag)`;
/** The relief, closing the sentence, after a comma, a stop, a dash or a space, with stops, marks or emoji after it. */
const RELIEF_TAIL = new RegExp(
  String.raw`(?:\s*[,.;!…]+\s*|\s+[-–—]\s*|\s+)${RELIEF}(?:[\s!.…]|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})*$`,
  'iu',
);

/** The sentence without relief at its end, or as it came. */
export function withoutRelief(text: string): string {
  const tail = RELIEF_TAIL.exec(text);
  if (!tail || tail.index === 0) return text;
  const head = text.slice(0, tail.index);
  // 'add "done, finally"': inside a quote the words are the quote's.
  if ((head.match(/["“”]/g) ?? []).length % 2 === 1) return text;
  return head;
}
