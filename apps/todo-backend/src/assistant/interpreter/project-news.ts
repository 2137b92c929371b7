import type { Said } from './indirect-requests.ts';

// News about projects said instead of a request: who should see a list, that a list of its own is due, what is in
// one, who takes a task over (read by indirect-requests.ts, as its other shapes).

export const PROJECT_NEWS: [RegExp, Said][] = [
  // Projects: who should see a list, a list of its own, what is in one, who takes a task over.
  [
    /^(.+?)\s+(?:should\s+(?:really\s+|probably\s+)?(?:be\s+able\s+to\s+)?(?:see|access|use|have\s+access\s+to)|needs?\s+(?:access\s+to|to\s+see|to\s+be\s+able\s+to\s+see))\s+([^,]+?)(?:\s+too|\s+as\s+well)?\s*[,:(]?\s*(\S+@[^\s)]+)\)?$/i,
    (_who, list = '', email = '') => `share ${list} with ${email}`,
  ],
  [
    /^(?:it\s+might\s+be\s+time\s+for|maybe\s+(?:i|we)\s+need|i\s+think\s+(?:i|we)\s+need|(?:i|we)\s+could\s+do\s+with)\s+(?:a|an)\s+(?:new\s+|separate\s+|own\s+)?(?:list|project)\b.*?(?:\s*[,;.\-–—]\s*(?:call\s+it|name\s+it)|\s+called|\s+named)\s+(.+)$/i,
    (name = '') => `create a project called ${name}`,
  ],
  [
    /^(?:the\s+)?(\S+(?:\s+\S+)?)\s+(?:stuff|list|project|tasks)\s+(?:is|are)\s+[^,]+,\s*(.+?)\s+in\s+there$/i,
    (list = '', asked = '') => `${asked} in ${list}`,
  ],
  [
    /^([A-Z][a-z]+|\S+@\S+)\s+(?:is|will\s+be|'s)\s+(?:taking\s+over|handling|looking\s+after)\s+(.+?)(?:\s*[,:(]\s*(\S+@[^\s)]+)\)?)?$/,
    (who = '', task = '', email?: string) => `assign ${task} to ${email ?? who}`,
  ],
];
