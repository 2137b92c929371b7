// A task's field named with the possessive, "the retro's title", "the deck's priority", "my report's due date", said
// the way the rules read it: "the title of the retro". Only after "the", "my" or "our", so a name's ("mum's birthday")
// stays the task's title; never in a new task's words ("add check the car's date stamp"). Tags are read where they
// are said ("make the report's tags just home").

const FIELD = String.raw`(?:title|name|description|notes?|priority|prio|due\s+date|deadline|date)`;
const NEW_TASK = /^(?:add|create|new|put|todo|remind|remember|note|jot|every|each)\b/i;
const POSSESSIVE = new RegExp(String.raw`\b(the|my|our)\s+([^,;:'"]+?)'s\s+(${FIELD})\b`, 'i');

/** The sentence with "the X's <field>" said as "the <field> of the X", or undefined when it has none. */
export function possessiveFieldSaid(text: string): string | undefined {
  const found = NEW_TASK.test(text.trim()) ? null : POSSESSIVE.exec(text);
  if (!found?.[1] || !found[2] || !found[3]) return undefined;
  const field = `the ${found[3]} of ${found[1]} ${found[2]}`;
  return text.slice(0, found.index) + field + text.slice(found.index + found[0].length);
}
