import type { RawHit, Segment } from '../rule.types.js';
import { gated, testSegment } from './literal-gates.js';
import { evidenceAround, fileLineOf, lineIndexOf, lineStarts } from './segment-lines.js';

/**
 * Database backdoors in SQL (a `.sql` file, a fenced `sql` block, a heredoc fed to `mysql`/`psql`):
 *
 * - `account`: an INSERT into an application's user table that sets a fixed password hash (bcrypt,
 *   argon2, pbkdf2, crypt, LDAP `{SSHA}`, MySQL native, or a literal password hashed in SQL) together
 *   with an admin/superuser flag: a login whose password the author knows;
 * - `pin`: a BEFORE UPDATE/DELETE trigger on a user table that, for one named account, puts back its
 *   password or privileges (or refuses the change): the account cannot be demoted or removed;
 * - `wipe`: a scheduled job (MySQL `CREATE EVENT`, pg_cron `cron.schedule`) or a trigger that deletes
 *   rows of an audit/log/history table picked by account (a user id, a join on users, a name) or
 *   empties the table, rather than by age: the trail of that account is erased.
 */
export type SqlBackdoorKind = 'account' | 'pin' | 'wipe';

export interface SqlBackdoorHit extends RawHit {
  kind: SqlBackdoorKind;
}

/** Application user tables (`users`, `auth_user`, `wp_users`, `admin_accounts`, `"public"."members"`). */
const USER_TABLE = String.raw`[\w\`"\[\].]{0,60}?(?:users?|accounts?|admins?|administrators|auth_user|members|operators|logins?|principals|staff|employees|customers)[\`"\]]?`;

const INSERT_USER = gated(
  new RegExp(String.raw`\bINSERT\s{1,20}(?:IGNORE\s{1,20})?INTO\s{1,20}${USER_TABLE}(?=[\s(])`, 'gi'),
);
/** A password hash or a literal password hashed in SQL. */
const FIXED_HASH =
  /'\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}'|'\$argon2(?:id|i|d)\$[^'\s]{20,200}'|'pbkdf2_sha\d{1,3}\$\d{1,7}\$[^'\s]{10,200}'|'\$[156]\$[^'\s$]{1,16}\$[./A-Za-z0-9]{20,90}'|'\{(?:SSHA|SHA|SSHA256|SSHA512|CRYPT)\}[^'\s]{10,200}'|'\*[0-9A-F]{40}'|\b(?:crypt|md5|sha1|sha2|password|encrypt)\s{0,4}\(\s{0,4}'[^'\n]{1,100}'/i;
/** An admin flag among the values (JSON permissions, a role name) or an admin column set. */
const ADMIN_FLAG =
  /["']?(?:superuser|super_?admin|admin|is_admin|is_superuser)["']?\s{0,4}:\s{0,4}["']?(?:1|true)\b|'(?:admin|administrator|superuser|super_?admin|root|owner|sysadmin)'|\b(?:is_superuser|is_admin|is_staff|superuser|is_super_admin)\b/i;
const SQL_STATEMENT_END = /;\s{0,20}(?:$|\n)/;

/** A trigger that fires before an update or delete of a user table. */
const USER_TRIGGER = gated(
  new RegExp(
    String.raw`\bCREATE\s{1,20}(?:OR\s{1,20}REPLACE\s{1,20})?(?:DEFINER\s{0,20}=\s{0,20}\S{1,80}\s{1,20})?TRIGGER\b[^;]{0,300}?\bBEFORE\s{1,20}(?:UPDATE|DELETE)(?:\s{1,20}OR\s{1,20}(?:UPDATE|DELETE|INSERT))?\s{1,20}(?:OF\s{1,20}[\w\s,]{1,200}?\s)?ON\s{1,20}${USER_TABLE}`,
    'i',
  ),
);
/** The trigger body singles out one account (`IF OLD.username = 'svc'`, `WHEN (OLD.id = 1)`). */
const ONE_ACCOUNT = gated(
  /\b(?:OLD|NEW)\s{0,4}\.\s{0,4}[`"]?(?:user_?name|user_?login|login|email|name|id|user_?id|uid)[`"]?\s{0,10}(?:=|IN\s{0,10}\(|LIKE)\s{0,10}(?:'[^'\n]{1,80}'|\d{1,12}\b)/i,
);
/** Puts a password or a privilege back (a trigger that only refuses a change is an app's guard). */
const PINS = gated(
  /\bNEW\s{0,4}\.\s{0,4}[`"]?(?:password\w{0,20}|passwd|pass_?hash|encrypted_password|permissions|roles?|is_superuser|is_admin|is_staff|superuser|admin|activated|is_active|active|enabled|disabled|deleted_at|deleted|locked\w{0,10}|banned|status)[`"]?\s{0,10}:?=\s{0,10}(?:OLD\s{0,4}\.|'[^'\n]{0,300}'|TRUE\b|1\b|NULL\b)/gi,
);

/** A job run on a schedule: MySQL's event scheduler or pg_cron. */
const SCHEDULED = gated(
  /\bCREATE\s{1,20}(?:DEFINER\s{0,20}=\s{0,20}\S{1,80}\s{1,20})?EVENT\b|\bcron\s{0,4}\.\s{0,4}schedule(?:_in_database)?\s{0,4}\(/gi,
);
/** A trigger on some table (the deletion may hide the rows as they are written). */
const ANY_TRIGGER = gated(
  /\bCREATE\s{1,20}(?:OR\s{1,20}REPLACE\s{1,20})?(?:DEFINER\s{0,20}=\s{0,20}\S{1,80}\s{1,20})?TRIGGER\b/gi,
);
/** Deleting from or emptying an audit, log or history table. */
const LOG_DELETE =
  /\b(?:DELETE\s{1,20}(?:\w{1,40}\s{1,20})?FROM|TRUNCATE(?:\s{1,20}TABLE)?)\s{1,20}[\w`"[\].]{0,60}?(?:audit|logs?|history|journal|activit(?:y|ies)|trail|events?)\w{0,30}[`"\]]?/i;
/** Rows picked by who did it (a user column, a join on the users table, a name) rather than by age. */
const BY_ACCOUNT = new RegExp(
  String.raw`\b(?:created_by|updated_by|user_?id|user_?name|actor\w{0,20}|target_id|item_id|causer_id|subject_id|performed_by|login|email|principal\w{0,10})\b\s{0,10}(?:=|IN\b|LIKE\b)|\bJOIN\s{1,20}${USER_TABLE}\s`,
  'i',
);
const EMPTIES = /\bTRUNCATE\b|\bDELETE\s{1,20}FROM\s{1,20}[\w`"[\].]{1,80}\s{0,20}(?:;|$|\bEND\b)/i;

const MAX_STATEMENT = 4000;
/** At most this many statements of one kind are read per segment. */
const MAX_STATEMENTS = 256;

/** A gated test from the start of the text, whatever a global regex's last search left. */
function testFromStart(re: RegExp, seg: Segment): boolean {
  re.lastIndex = 0;
  return testSegment(re, seg);
}
/** The next top-level definition: where a trigger's or an event's body has ended. */
const NEXT_DEFINITION = /\n[ \t]{0,20}(?:CREATE|DROP|ALTER|DELIMITER)\b/i;

/** The object defined at `start`, up to the next definition (at most 4000 characters). */
function definitionFrom(text: string, start: number): string {
  const body = text.slice(start, start + MAX_STATEMENT);
  const next = NEXT_DEFINITION.exec(body.slice(6));
  return next ? body.slice(0, next.index + 6) : body;
}

function at(seg: Segment, offset: number, end: number, kind: SqlBackdoorKind): SqlBackdoorHit {
  return {
    kind,
    file: seg.file,
    line: fileLineOf(seg, lineIndexOf(lineStarts(seg.text), offset)),
    evidence: evidenceAround(seg.text, offset, end),
    depth: seg.depth,
  };
}

/** The statement from `start`: up to its `;` at a line end (or `END$$`), at most 4000 characters. */
function statementFrom(text: string, start: number): string {
  const body = text.slice(start, start + MAX_STATEMENT);
  const end = SQL_STATEMENT_END.exec(body);
  return end ? body.slice(0, end.index + 1) : body;
}

function accounts(seg: Segment, out: SqlBackdoorHit[]): void {
  if (!testFromStart(INSERT_USER, seg)) return;
  INSERT_USER.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let n = 0; n < MAX_STATEMENTS && (m = INSERT_USER.exec(seg.text)) !== null; n++) {
    const stmt = statementFrom(seg.text, m.index);
    // The next INSERT is looked for after this statement: overlapping ones are read once.
    INSERT_USER.lastIndex = Math.max(INSERT_USER.lastIndex, m.index + stmt.length);
    if (!FIXED_HASH.test(stmt) || !ADMIN_FLAG.test(stmt)) continue;
    out.push(at(seg, m.index, m.index + m[0].length, 'account'));
    return;
  }
}

/** Trigger bodies: from each CREATE TRIGGER to the next definition. */
function triggerBodies(seg: Segment): { start: number; body: string }[] {
  const out: { start: number; body: string }[] = [];
  ANY_TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANY_TRIGGER.exec(seg.text)) !== null && out.length < 64)
    out.push({ start: m.index, body: definitionFrom(seg.text, m.index) });
  return out;
}

/** PostgreSQL: the trigger runs a function defined elsewhere in the script. */
const EXECUTES_FUNCTION = /\bEXECUTE\s{1,20}(?:FUNCTION|PROCEDURE)\s{1,20}([\w.]{1,80}?)\s{0,20}\(/i;

/** The body a trigger runs: its own (MySQL), or its function's definition (PostgreSQL). */
function runBody(seg: Segment, start: number, body: string): { start: number; body: string } {
  const fn = EXECUTES_FUNCTION.exec(body)?.[1];
  if (!fn) return { start, body };
  const name = fn.replace(/\./g, '\\.');
  const def = new RegExp(String.raw`\bFUNCTION\s{1,20}${name}\s{0,20}\(`, 'i').exec(seg.text);
  if (!def) return { start, body };
  return { start: def.index, body: definitionFrom(seg.text, def.index) };
}

function pins(seg: Segment, out: SqlBackdoorHit[]): void {
  if (!testFromStart(USER_TRIGGER, seg) || !testFromStart(ONE_ACCOUNT, seg) || !testFromStart(PINS, seg))
    return;
  for (const trigger of triggerBodies(seg)) {
    if (!USER_TRIGGER.test(trigger.body)) continue;
    const { start, body } = runBody(seg, trigger.start, trigger.body);
    if (!ONE_ACCOUNT.test(body)) continue;
    PINS.lastIndex = 0;
    const pin = PINS.exec(body);
    if (!pin) continue;
    out.push(at(seg, start + pin.index, start + pin.index + pin[0].length, 'pin'));
    return;
  }
}

function wipes(seg: Segment, out: SqlBackdoorHit[]): void {
  const scheduled = testFromStart(SCHEDULED, seg);
  if (!scheduled && !testFromStart(ANY_TRIGGER, seg)) return;
  const jobs: number[] = [];
  for (const re of scheduled ? [SCHEDULED, ANY_TRIGGER] : [ANY_TRIGGER]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(seg.text)) !== null && jobs.length < 64) jobs.push(m.index);
  }
  for (const start of jobs) {
    const job = definitionFrom(seg.text, start);
    const del = LOG_DELETE.exec(job);
    if (!del) continue;
    const rest = statementFrom(job, del.index);
    if (!BY_ACCOUNT.test(rest) && !EMPTIES.test(rest)) continue;
    out.push(at(seg, start + del.index, start + del.index + del[0].length, 'wipe'));
    return;
  }
}

const FOUND = new WeakMap<readonly Segment[], SqlBackdoorHit[]>();

/** Every backdoor signal of each code segment (one per kind and segment), once per scan. */
export function sqlBackdoors(segments: readonly Segment[]): SqlBackdoorHit[] {
  const known = FOUND.get(segments);
  if (known) return known;
  const out: SqlBackdoorHit[] = [];
  FOUND.set(segments, out);
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'decoded') continue;
    accounts(seg, out);
    pins(seg, out);
    wipes(seg, out);
  }
  return out;
}

/** Test data and seeds (`seeds/`, `fixtures/`, `demo.sql`): a known admin login is what they are for. */
export const SEED_PATH =
  /(?:^|[/_.-])(?:seeds?|seeders?|fixtures?|tests?|testdata|spec|demo|examples?|samples?|dev)(?:[/_.-]|$)/i;

/**
 * Database backdoor signals of a kind, CRITICAL when a file holds several kinds (an account kept
 * by a trigger, or one whose audit rows are erased); a fixed admin login in seed or test data is MEDIUM.
 */
export function sqlBackdoorFindings(segments: readonly Segment[], kinds: SqlBackdoorKind[]): RawHit[] {
  const all = sqlBackdoors(segments);
  const perFile = new Map<string, Set<SqlBackdoorKind>>();
  for (const h of all) perFile.set(h.file, (perFile.get(h.file) ?? new Set()).add(h.kind));
  return all
    .filter((h) => kinds.includes(h.kind))
    .map(({ kind, ...h }) => ({
      ...h,
      severity:
        perFile.get(h.file)!.size > 1
          ? 'CRITICAL'
          : kind === 'account' && SEED_PATH.test(h.file)
            ? 'MEDIUM'
            : 'HIGH',
    }));
}
