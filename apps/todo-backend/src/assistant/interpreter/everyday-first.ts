import { errandSaid } from './errands.ts';

// "everyday take vitamins": "everyday" run together, first, before something to do, is "every day". Elsewhere it is
// mostly the adjective ("everyday essentials"), read as a rule only before a time or last (text-speak.ts).

const EVERYDAY_FIRST = /^(?:evryday|evrday|everyday)\s+(.+)$/i;

/** The sentence with a leading "everyday" said as "every day" when an errand follows it, or as it was. */
export function everydayFirst(text: string): string {
  const errand = EVERYDAY_FIRST.exec(text.trim())?.[1];
  return errand && errandSaid(errand) ? `every day ${errand}` : text;
}
