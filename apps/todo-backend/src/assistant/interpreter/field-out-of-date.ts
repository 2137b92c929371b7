// A task's notes or title said to be wrong or out of date, then what they should say: "the notes on 14 are out of date -
// replace with: quote accepted, start 3 March", "the title of the gym task is old, it should read gym (Tue/Thu)". The
// words after are the field's whole new value, dates and commas and all, never a task to add.

const OUT_OF_DATE =
  /^(?:the\s+)?(notes?|description|details|title|name)\s+(?:on|of|for)\s+(.+?)\s+(?:is|are)\s+(?:out\s+of\s+date|outdated|old|stale|wrong|not\s+right)\s*(?:[,;:.]|\s[-–—])\s*(?:so\s+)?(?:please\s+)?(?:replace\s+(?:it\s+|them\s+)?with|(?:it|they)\s+should\s+(?:say|read|be)|change\s+(?:it|them)\s+to|make\s+(?:it|them)\s+(?:say|read))\s*:?\s+(.+)$/i;

export function fieldOutOfDate(text: string): { ref: string; args: { title: string } | { description: string } } | undefined {
  const said = OUT_OF_DATE.exec(text.trim());
  if (!said?.[1] || !said[2] || !said[3]) return undefined;
  const value = said[3].trim().replace(/^["“]([^"“”]+)["”]$/, '$1');
  return { ref: said[2], args: /^(?:title|name)$/i.test(said[1]) ? { title: value } : { description: value } };
}
