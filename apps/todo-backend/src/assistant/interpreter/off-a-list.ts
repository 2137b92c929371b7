// "take bread off the groceries list", "get the milk off my shopping list": taking a thing off a list is removing it,
// said as the rules read it ("remove bread from the groceries list"). Crossing it off is ticking it off, read elsewhere.

const TAKEN_OFF = /^(?:take|get|knock)\s+(.+?)\s+off\s+(?:of\s+)?((?:the|my)\s+(?:[\p{L}-]+\s+)?list)$/iu;

/** The sentence said as a removal, or as it came. */
export function offAListSaid(text: string): string {
  const said = TAKEN_OFF.exec(text.trim().replace(/[.!]+$/, ''));
  return said?.[1] && said[2] ? `remove ${said[1]} from ${said[2]}` : text;
}
