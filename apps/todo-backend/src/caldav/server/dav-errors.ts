/**
 * A refusal in DAV's own terms: clients parse a `DAV:error` body naming the precondition (RFC 4918 §16,
 * RFC 4791 §1.3), not problem details. `condition` is the precondition element, e.g. `{urn:ietf:params:xml:ns:caldav}valid-calendar-data`.
 */
export class DavError extends Error {
  readonly status: number;
  readonly condition: string | undefined;
  /** Extra XML inside the condition element (the conflicting resource's href for no-uid-conflict). */
  readonly conditionBody: string | undefined;

  constructor(status: number, message: string, condition?: string, conditionBody?: string) {
    super(message);
    this.name = 'DavError';
    this.status = status;
    this.condition = condition;
    this.conditionBody = conditionBody;
  }
}

export const notFound = (what = 'This resource') => new DavError(404, `${what} was not found.`);
