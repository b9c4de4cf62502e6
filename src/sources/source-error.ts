export type SourceErrorStatus = 400 | 404 | 413 | 415 | 422 | 502 | 504;

/** A refusal a user can act on; the HTTP layer maps `status` to the response code. */
export class SourceError extends Error {
  constructor(
    public readonly status: SourceErrorStatus,
    message: string,
    public readonly field?: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

export function isSourceError(error: unknown): error is SourceError {
  return error instanceof SourceError;
}
