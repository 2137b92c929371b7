// A message sent twice in one ("add milk add milk", "delete 7, delete 7") or a request word doubled by a thumb or a
// speaker ("add add call the bank", "new task new task fix the gate", "mark mark 6 done"): said once, it asks for the
// same thing. Only the chat's own request words are read as doubled; "bye bye" or "no no not that one" stay as said.

/** The words a request starts with, which a doubled start repeats. */
const REQUEST_START =
  /^(?:add|create|new\s+(?:task|todo|to-do|item)|new|put|mark|complete|tick\s+off|delete|remove|rename|move|push|tag|untag|remind\s+me|show|list|search|find)\b/i;

/** "add add …", "new task new task …": the request word said twice at the start. */
function withoutDoubledStart(text: string): string {
  const start = REQUEST_START.exec(text)?.[0];
  if (!start) return text;
  const doubled = new RegExp(String.raw`^(${start.replace(/\s+/g, String.raw`\s+`)})[\s,.]+\1\b\s*`, 'i');
  return text.replace(doubled, '$1 ');
}

/** "add milk add milk", "rename 8 to buy bread, rename 8 to buy bread": one request, sent twice. */
function withoutRepeat(text: string): string {
  const words = text.trim().split(/\s+/);
  if (words.length < 4 || words.length % 2 !== 0) return text;
  const plain = (part: string[]) =>
    part
      .join(' ')
      .toLowerCase()
      .replace(/[,.;!?]+$/, '');
  const first = words.slice(0, words.length / 2);
  return plain(first) === plain(words.slice(words.length / 2)) ? first.join(' ').replace(/[,.;]+$/, '') : text;
}

/** The request said once, when it was said twice; any other message as it is. */
export function saidOnce(text: string): string {
  if (!REQUEST_START.test(text.trim())) return text;
  return withoutDoubledStart(withoutRepeat(text.trim()));
}
