// Two tasks for one thing: "merge the two milk tasks", "combine the bread ones into one", "there are two milk tasks, get
// rid of the extra one". No tool merges tasks, and which of the two is the extra one is not said: asked, never a listing
// of tasks tagged "milk" or a change to a task titled "extra".

/** "merge the two milk tasks", "combine the bread ones", "dedupe the dentist tasks". */
const MERGED = /^(?:merge|combine|consolidate|dedupe|de-dupe|deduplicate|de-duplicate)\s+\S/i;

/** "there are two milk tasks, …", "I've got both bread ones on there", "milk is on my list twice, …". */
const TWO_OF_THEM =
  /^(?:there\s+are|there'?re|i'?ve\s+got|i\s+have|i\s+got)\s+(?:two|2|both|a\s+couple\s+of|several)\s+(?:\S+\s+){1,3}?(?:tasks|todos|to-dos|items|ones)\b|\b(?:on\s+(?:there|(?:my|the)\s+list)|in\s+(?:there|(?:my|the)\s+list))\s+twice\b/i;

export function duplicatesAsked(text: string): string | undefined {
  const said = text.trim();
  if (MERGED.test(said)) return 'I cannot merge tasks: say which one to keep, and I can add its notes or delete the other (by its number).';
  if (TWO_OF_THEM.test(said)) return 'Which one do you mean? Give its number: I can delete or change one task at a time.';
  return undefined;
}
