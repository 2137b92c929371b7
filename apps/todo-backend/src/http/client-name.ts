import { CHANGE_CLIENT_MAX } from '@doable/contracts';

/** Apps people sync tasks with, by what their User-Agent says; the first match wins. */
const KNOWN_CLIENTS: [RegExp, string][] = [
  [/\bThunderbird\//, 'Thunderbird'],
  [/\b(DAVx5|DAVdroid)\//i, 'DAVx⁵'],
  [/\bjtx ?Board\b/i, 'jtx Board'],
  [/\bTasks\.org\b/i, 'Tasks.org'],
  [/\bremindd\//, 'Apple Reminders'],
  [/\bdataaccessd\//, 'Apple Reminders'],
  [/\bCalendarAgent\//, 'Apple Calendar'],
  [/\b(Evolution|evolution-data-server)\b/i, 'Evolution'],
  [/\bPlanify\b/i, 'Planify'],
  [/\bEndeavour\b/i, 'Endeavour'],
  [/\bOutlook\b/i, 'Outlook'],
];

/** A product token as RFC 9110 allows it (letters, digits and a few marks), nothing that could carry markup. */
const PRODUCT = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+/;

/**
 * A short human name of the app behind a User-Agent: a known client's name, else the header's first product token
 * (without its version), truncated. Never the raw header, which may carry device names or anything else.
 */
export function clientName(userAgent: string | string[] | undefined): string | undefined {
  const header = Array.isArray(userAgent) ? userAgent[0] : userAgent;
  if (!header) return undefined;
  for (const [pattern, name] of KNOWN_CLIENTS) if (pattern.test(header)) return name;
  const product = PRODUCT.exec(header.trim())?.[0];
  return product ? product.slice(0, CHANGE_CLIENT_MAX) : undefined;
}

/** A name a client gave itself (MCP's clientInfo): without control characters, trimmed, truncated. */
export function givenClientName(name: string | undefined): string | undefined {
  const cleaned = name?.replace(/\p{C}/gu, '').trim().slice(0, CHANGE_CLIENT_MAX).trim();
  return cleaned || undefined;
}
