import { problemSchema } from '@doable/contracts';

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid (problem details with the failing fields).',
  401: 'Not signed in, or the token or API key is not valid.',
  404: 'No such task for this user.',
  503: 'A service this depends on is unavailable; try again shortly.',
};

/** Problem-details responses (`application/problem+json`) for a route's OpenAPI entry. */
export function problemResponses(...statuses: (400 | 401 | 404 | 503)[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: DESCRIPTIONS[status] ?? 'Error', content: { 'application/problem+json': { schema: problemSchema } } },
    ]),
  );
}
