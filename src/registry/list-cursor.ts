import type { ListedSkill } from './skill-rows.js';

/** Keyset position for the plain listing, an offset for ranked search. */
export interface ListCursor {
  at?: string;
  id?: string;
  offset?: number;
}

export class InvalidCursorError extends Error {
  readonly status = 400;
  constructor() {
    super('cursor: not a cursor returned by this endpoint');
  }
}

export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): ListCursor | undefined {
  if (!cursor) return undefined;
  let parsed: ListCursor;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as ListCursor;
  } catch {
    throw new InvalidCursorError();
  }
  const keyset =
    typeof parsed?.at === 'string' && typeof parsed.id === 'string' && !Number.isNaN(Date.parse(parsed.at));
  const offset = Number.isSafeInteger(parsed?.offset) && (parsed.offset ?? -1) >= 0;
  if (!keyset && !offset) throw new InvalidCursorError();
  return parsed;
}

export function pageOf(
  rows: ListedSkill[],
  limit: number,
  total: number,
  next: (last: ListedSkill) => ListCursor,
) {
  const skills = rows.slice(0, limit);
  const last = skills[skills.length - 1];
  const more = rows.length > limit && last !== undefined;
  return { skills, total, next_cursor: more ? encodeCursor(next(last)) : null };
}
