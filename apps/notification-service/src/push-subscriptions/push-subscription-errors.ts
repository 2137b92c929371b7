import { problemSchema } from '@doable/contracts';
import { DomainError } from '@doable/platform';

/** The endpoint is another account's subscription, and the caller did not present that browser's keys. */
export class PushEndpointTakenError extends DomainError {
  constructor() {
    super(
      'push_endpoint_taken',
      409,
      'Another account holds this push subscription. Subscribe this browser again to get an endpoint of its own.',
    );
  }
}

/** The endpoint's host could not be looked up for a reason that may pass (DNS unreachable, timeout). */
export class PushEndpointLookupFailedError extends DomainError {
  constructor() {
    super('push_endpoint_lookup_failed', 503, 'The push service’s address could not be looked up just now; try again shortly.');
  }
}

/** The OpenAPI entry of the 409 answer (the shared helper covers the usual statuses). */
export const endpointTakenResponse = {
  409: {
    description: 'Another account holds this push endpoint.',
    content: { 'application/problem+json': { schema: problemSchema } },
  },
};
