import { ApiError } from '../api/api-client.ts';

/** What to show for a failed call: the server's problem detail, else a line about the connection. */
export function errorMessage(caught: unknown, fallback = 'Could not reach Doable. Check your connection and try again.'): string {
  return caught instanceof ApiError ? caught.message : fallback;
}
