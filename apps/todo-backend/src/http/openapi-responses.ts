import { problemSchema } from '@doable/contracts';

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid (problem details with the failing fields).',
  401: 'Not signed in.',
  404: 'No such task for this user.',
};

/** Problem-details responses for a route's OpenAPI entry. */
export function problemResponses(...statuses: (400 | 401 | 404)[]) {
  return Object.fromEntries(statuses.map((status) => [status, problemSchema.describe(DESCRIPTIONS[status] ?? 'Error')]));
}
