import { problemSchema } from '@doable/contracts';

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid (problem details with the failing fields).',
  401: 'Not signed in, or the token or API key is not valid.',
  403: 'A member of the project whose role does not allow this (the detail names the role needed).',
  404: 'No such task or project for this user.',
  409: 'The request conflicts with the current state (e.g. the Inbox cannot be deleted).',
  410: 'The invite link has expired or been used up; ask for a new one.',
  422: 'Well-formed, but refers to something that does not fit (e.g. an assignee who is not a member).',
  503: 'A service this depends on is unavailable; try again shortly.',
};

/** Problem-details responses (`application/problem+json`) for a route's OpenAPI entry. */
export function problemResponses(...statuses: (400 | 401 | 403 | 404 | 409 | 410 | 422 | 503)[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: DESCRIPTIONS[status] ?? 'Error', content: { 'application/problem+json': { schema: problemSchema } } },
    ]),
  );
}
