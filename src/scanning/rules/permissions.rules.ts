import type { AnyRule, CustomInput, RawHit, Segment } from '../rule.types.js';
import {
  clean,
  evidenceAround,
  fileLineOf,
  lineIndexOf,
  linesOf,
  lineStarts,
} from '../analyzers/segment-lines.js';
import { UDEV_MATCH } from '../analyzers/udev-rules.analyzer.js';
import { gated, testFile, testSegment } from '../analyzers/literal-gates.js';
import { patternRuleMaker } from './pattern-rule.js';

const REMEDIATION =
  'Grant the narrowest permission the task needs; never make system paths world-writable or edit sudoers.';

const perm = patternRuleMaker('permissions', REMEDIATION, 'code');

/** Programs that hand out a shell or write any file, so sudo on them is sudo on everything. */
const SHELL_ESCAPES = new Set(
  (
    'sh bash zsh dash ksh fish csh tcsh su sudo env python python2 python3 perl ruby node php lua find ' +
    'vi vim nvim nano less more man awk gawk tee cp mv chmod chown install tar zip rsync dd docker ' +
    'podman kubectl git crontab'
  ).split(' '),
);

/**
 * `NOPASSWD:` followed only by full-path commands that are not shell escapes (a service restart) or
 * by command aliases: the least-privilege form of passwordless sudo.
 */
function namedCommandsOnly(line: string): boolean {
  const list = /NOPASSWD\s*:\s*([^"'\n#]+)/.exec(line)?.[1].trim();
  if (!list) return false;
  return list.split(',').every((entry) => {
    const command = entry.trim();
    if (command.includes('*')) return false;
    if (/^[A-Z][A-Z0-9_]*$/.test(command)) return command !== 'ALL';
    const [program, ...args] = command.split(/\s+/);
    const name = program.slice(program.lastIndexOf('/') + 1);
    return program.startsWith('/') && !SHELL_ESCAPES.has(name) && (args.length > 0 || name !== 'systemctl');
  });
}

/**
 * A sudoers grant: `NOPASSWD` right after a user's `=` or run-as spec, or given as a config value
 * (`"tag": "NOPASSWD"`). A bare mention (a description, a `"NOPASSWD:" in line` test) reads sudoers.
 */
function grantsNopasswd(line: string): boolean {
  return (
    /=\s*(?:\([^)\n]{0,60}\)\s*)?(?:[A-Z_]{2,12}:\s*){0,3}NOPASSWD\b/.test(line) ||
    /:\s*["']NOPASSWD:?["']/.test(line)
  );
}

const DOCKERFILE =
  /(?:^|\/)(?:(?:docker|container)file(?:\.[\w-]{1,40})?|[\w.-]{1,80}\.(?:docker|container)file)$/i;
/** The user a written sudoers line names (`echo "$USERNAME ALL=(root) NOPASSWD:ALL" > …`). */
const SUDOERS_GRANTEE =
  /\b(?:echo|printf)\s+(?:-\w+\s+)?["']?(\$\{?[A-Za-z_]\w{0,40}\}?|[a-z_][\w-]{0,31})\s+ALL\s*=/;

/**
 * A Dockerfile step giving sudo to the image's own non-root user, created by `useradd`/`adduser`
 * in the same file (the devcontainer convention): root inside a container image, not on the host.
 */
function containerUserGrant(file: string, line: string, fileText: (path: string) => string): boolean {
  if (!DOCKERFILE.test(file)) return false;
  const grantee = SUDOERS_GRANTEE.exec(line)?.[1];
  if (!grantee || grantee === 'ALL' || grantee === 'root') return false;
  let known = CREATED_USERS.get(fileText);
  if (!known) CREATED_USERS.set(fileText, (known = new Map()));
  const key = `${file}\u0000${grantee}`;
  let created = known.get(key);
  if (created === undefined) {
    const name = grantee.replace(/[$\\{}]/g, (c) => `\\${c}`);
    const useradd = new RegExp(`\\b(?:useradd|adduser)\\b[^\\n]{0,300}\\s${name}[ \\t]*(?:\\\\|&&|;|$)`, 'm');
    created = useradd.test(fileText(file));
    known.set(key, created);
  }
  return created;
}
/** Per scan (its `fileText`) and per Dockerfile and user: whether the file creates that user. */
const CREATED_USERS = new WeakMap<(path: string) => string, Map<string, boolean>>();

/** A udev `MODE` assignment (`MODE="0666"`, `MODE:="666"`): the device node's permissions. */
const UDEV_MODE = gated(/\bMODE[ \t]{0,4}:?=[ \t]{0,4}["']?(0?[0-7]{3})\b/);
/**
 * Device classes that are the whole machine to whoever can open them: disks and partitions, memory
 * and I/O ports, keyboards and other input event devices.
 */
const SENSITIVE_DEVICES: [string, RegExp][] = [
  [
    'disks',
    /\bSUBSYSTEMS?[ \t]{0,4}==[ \t]{0,4}["'](?:block|nvme|scsi_disk)["']|\bKERNEL[ \t]{0,4}==[ \t]{0,4}["'](?:sd|hd|vd|xvd|nvme|mmcblk|dm-|loop|md|sr|mapper)[^"'\n]{0,40}["']/,
  ],
  ['memory', /\bKERNEL[ \t]{0,4}==[ \t]{0,4}["'](?:mem|kmem|port)["']/],
  [
    'input devices',
    /\bSUBSYSTEMS?[ \t]{0,4}==[ \t]{0,4}["']input["']|\bKERNEL[ \t]{0,4}==[ \t]{0,4}["'](?:event|mice|mouse|uinput)[^"'\n]{0,20}["']/,
  ],
];
/** A rule narrowed to one device model or unit: the vendor, product, serial or filesystem id. */
const ONE_DEVICE =
  /\bATTRS?\{(?:idVendor|idProduct|serial|manufacturer|product|vendor|model)\}[ \t]{0,4}==|\bENV\{ID_(?:VENDOR|MODEL|SERIAL|FS_UUID|FS_LABEL|PART_ENTRY_UUID|PATH)\w{0,20}\}[ \t]{0,4}==/;
const MAX_UDEV_LINE = 2000;
const MAX_UDEV_HITS = 5;

/**
 * udev rules (a `.rules` file, or the line a script writes into rules.d) giving everyone read or
 * write on disks, memory or input devices: any local user or process then reads or rewrites the
 * disk under the filesystem (root's files included), physical memory, or every keystroke. HIGH for a
 * whole class; MEDIUM when the rule names one device model or unit.
 */
function udevWorldDevices({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind === 'comment' || seg.kind === 'frontmatter' || !testSegment(UDEV_MODE, seg)) continue;
    const lines = linesOf(seg.text);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].slice(0, MAX_UDEV_LINE);
      if (/^\s*#/.test(line) || !UDEV_MATCH.test(line)) continue;
      const mode = UDEV_MODE.exec(line)?.[1];
      if (!mode || (Number(mode.slice(-1)) & 6) === 0) continue;
      const kind = SENSITIVE_DEVICES.find(([, re]) => re.test(line))?.[0];
      if (!kind) continue;
      out.push({
        file: seg.file,
        line: fileLineOf(seg, i),
        evidence: `${clean(line)} (${kind} open to every user)`.slice(0, 200),
        severity: ONE_DEVICE.test(line) ? 'MEDIUM' : 'HIGH',
        depth: seg.depth,
      });
      if (out.length >= MAX_UDEV_HITS) return out;
    }
  }
  return out;
}

/** A Grafana RBAC role item for the lowest tiers: every signed-in viewer (and anonymous visitor), or no role at all. */
const LOW_BASIC_ROLE =
  /^([ \t]{0,80})(-[ \t]{1,8})?name[ \t]{0,4}:[ \t]{0,4}["']?basic:(?:viewer|none)["']?[ \t]{0,4}(?:#.{0,200})?$/;
/**
 * Administration-tier grants inside it: a fixed role that writes or creates users, org members, service
 * accounts (and their tokens), teams, roles, settings, data sources, plugins or authentication; a
 * higher basic role; or such an action given directly (`action: 'users:write'`).
 */
const ADMIN_RESOURCES =
  '(?:users|org\\.users|serviceaccounts|teams|roles|settings|orgs|ldap|datasources|plugins|provisioning|authentication|ssosettings|licensing|server)(?:\\.[\\w]{1,30}){0,2}';
const ADMIN_TIER_GRANT = new RegExp(
  `["']?(?:fixed:${ADMIN_RESOURCES}(?::[\\w.]{1,30})?:(?:writer|creator|admin|manager|editor)|basic:(?:admin|grafana_admin|editor))["']?|\\baction[ \\t]{0,4}:[ \\t]{0,4}["']?${ADMIN_RESOURCES}:(?:write|create|delete|add|remove|escalate|install)\\b`,
  'i',
);
const GRAFANA_BASIC = gated(/\bbasic:(?:viewer|none)\b/);
const MAX_ROLE_LINE = 500;
const MAX_ROLE_LINES = 400;
const MAX_ROLE_ITEMS = 200;

/**
 * Grafana RBAC provisioning that extends `basic:viewer` (or `basic:none`) with administration-tier
 * roles or actions: every viewer, and with anonymous access every unauthenticated visitor, can then
 * manage users, mint service-account tokens or change data sources. The lowest tier escalated.
 */
function grafanaLowRoleEscalated({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind === 'comment' || seg.kind === 'prose' || seg.kind === 'hidden' || seg.kind === 'frontmatter')
      continue;
    if (!testSegment(GRAFANA_BASIC, seg)) continue;
    const lines = linesOf(seg.text);
    for (let i = 0, items = 0; i < lines.length && items < MAX_ROLE_ITEMS; i++) {
      const item = LOW_BASIC_ROLE.exec(lines[i].slice(0, MAX_ROLE_LINE));
      if (!item) continue;
      items++;
      const col = item[1].length + (item[2]?.length ?? 0);
      let hit = -1;
      for (let k = i + 1; k < Math.min(lines.length, i + MAX_ROLE_LINES); k++) {
        const line = lines[k].slice(0, MAX_ROLE_LINE);
        if (line.trim() === '' || /^\s*#/.test(line)) continue;
        const at = /^[ \t]*/.exec(line)![0].length;
        // The item ends at a line indented less than its keys, or at the next item's dash.
        if (at < col || (at <= item[1].length && line.slice(at).startsWith('-'))) break;
        if (ADMIN_TIER_GRANT.test(line)) {
          hit = k;
          break;
        }
      }
      if (hit === -1) continue;
      out.push({
        file: seg.file,
        line: fileLineOf(seg, hit),
        evidence: `${clean(lines[hit])} (added to ${clean(lines[i]).replace(/^-\s*/, '')})`.slice(0, 200),
        depth: seg.depth,
      });
      break;
    }
  }
  return out;
}

/**
 * An ERC-20 allowance with no limit (`MaxUint256`, `type(uint256).max`, `2**256 - 1`, `0xfff…f`) or an NFT
 * operator approval (`setApprovalForAll(op, true)`), handed out in a loop over tokens (every token of a
 * list at once) or to a spender written in the code: whoever controls the spender can later move all of
 * those tokens. Exact amounts for one swap, and tests (Foundry `setUp`, Hardhat/Mocha specs), are not.
 */
const UNLIMITED_AMOUNT = String.raw`(?:(?:ethers\.)?(?:constants\.)?MaxUint256\b|\bmaxUint256\b|\bMAX_UINT(?:_?256)?\b|\bUINT256_MAX\b|\bMAX_(?:ALLOWANCE|APPROVAL|APPROVE)\b|\btype[ \t]{0,4}\([ \t]{0,4}uint(?:256)?[ \t]{0,4}\)[ \t]{0,4}\.[ \t]{0,4}max\b|\bU256::MAX\b|\buint(?:256)?[ \t]{0,4}\([ \t]{0,4}-[ \t]{0,4}1[ \t]{0,4}\)|~[ \t]{0,4}uint(?:256)?[ \t]{0,4}\([ \t]{0,4}0[ \t]{0,4}\)|\b2n?[ \t]{0,4}\*\*[ \t]{0,4}256n?[ \t]{0,4}-[ \t]{0,4}1n?\b|\([ \t]{0,4}1n?[ \t]{0,4}<<[ \t]{0,4}256n?[ \t]{0,4}\)[ \t]{0,4}-[ \t]{0,4}1n?\b|["']?0x[fF]{64}\b["']?|\b115792089237316195423570985008687907853269984665640564039457584007913129639935\b|\.pow[ \t]{0,4}\([ \t]{0,4}256[ \t]{0,4}\)[ \t]{0,4}\.sub[ \t]{0,4}\([ \t]{0,4}1[ \t]{0,4}\))`;
const UNLIMITED_APPROVAL = gated(
  new RegExp(
    [
      String.raw`\b(?:approve|increaseAllowance)[ \t]{0,4}\([ \t]{0,4}([^,()\n]{1,120}(?:\([^()\n]{0,60}\))?[^,()\n]{0,40}),[ \t]{0,4}${UNLIMITED_AMOUNT}`,
      String.raw`\bsetApprovalForAll[ \t]{0,4}\([ \t]{0,4}([^,()\n]{1,120}(?:\([^()\n]{0,60}\))?[^,()\n]{0,40}),[ \t]{0,4}(?:true|True)\b`,
      String.raw`\bfunctionName[ \t]{0,4}:[ \t]{0,4}["'\x60]approve["'\x60][^;]{0,200}?\bargs[ \t]{0,4}:[ \t]{0,4}\[[ \t]{0,4}([^,\]\n]{1,120}),[ \t]{0,4}${UNLIMITED_AMOUNT}`,
    ].join('|'),
    'g',
  ),
);
/** Test code: a Foundry test contract, a Mocha/Jest/Hardhat spec, a pytest test. */
const TEST_CODE =
  /\bfunction[ \t]{1,4}setUp[ \t]{0,4}\([ \t]{0,4}\)|\bforge-std\/Test\.sol\b|\bcontract[ \t]{1,4}\w{1,60}[ \t]{1,4}is[ \t]{1,4}(?:[\w, ]{0,80}\b)?Test\b|\bloadFixture[ \t]{0,4}\(|^[ \t]{0,8}def[ \t]{1,4}test_\w{1,60}[ \t]{0,4}\(/m;
const SPEC_CASE = /\b(?:describe|it|test)[ \t]{0,4}\([ \t]{0,4}["'\x60]/;
const SPEC_EXPECT = /\bexpect[ \t]{0,4}\(|\bassert\.\w{1,20}[ \t]{0,4}\(/;

function testCode(text: string): boolean {
  return TEST_CODE.test(text) || (SPEC_CASE.test(text) && SPEC_EXPECT.test(text));
}
const TEST_PATH = /(?:^|\/)(?:tests?|spec|__tests__)\/|\.t\.sol$|[._-](?:test|spec)\.\w+$|_test\.\w+$/i;
/** A loop header: `for (… of …)`, `for x in …:`, `.forEach(`, `.map(async`, `for i := range`, `while`. */
const LOOP_HEADER =
  /^([ \t]{0,80})(?:\}[ \t]{0,4})?(?:for[ \t]{0,4}\(|for[ \t]{1,4}[\w, ()[\]]{1,80}[ \t]{1,4}in[ \t]|for[ \t]{1,4}[\w, ]{1,40}:?=[ \t]{0,4}range\b|while\b|[^\n]{0,200}\.(?:forEach|map)[ \t]{0,4}\([ \t]{0,4}(?:async[ \t]{0,4})?\(?)/;
const LOOP_WINDOW = 15;
const WALLET_ADDRESS =
  /["'\x60]0x[0-9a-fA-F]{40}["'\x60]|\baddress[ \t]{0,4}\([ \t]{0,4}0x[0-9a-fA-F]{40}[ \t]{0,4}\)/;
const MAX_APPROVALS = 50;

/** The approval sits in a loop body: a loop header above it, less indented, within a few lines. */
function inLoop(lines: readonly string[], at: number): boolean {
  const indent = /^[ \t]*/.exec(lines[at])![0].length;
  for (let i = at; i >= Math.max(0, at - LOOP_WINDOW); i--) {
    const m = LOOP_HEADER.exec(lines[i].slice(0, 400));
    if (!m) continue;
    if (i === at || m[1].length < indent) return true;
  }
  return false;
}

/** The spender is a wallet address literal, or a name the code binds to one. */
function hardCodedSpender(spender: string, text: string): boolean {
  if (WALLET_ADDRESS.test(spender)) return true;
  const name = /^[ \t]*([A-Za-z_$][\w$]{0,60})[ \t]*$/.exec(spender)?.[1];
  if (!name) return false;
  const bound = new RegExp(
    `(?<![\\w$.])${name.replace(/\$/g, '\\$')}[ \\t]{0,4}(?::[ \\t]{0,4}[\\w.<>]{1,40}[ \\t]{0,4})?=[ \\t]{0,4}(?:[\\w.]{1,40}\\([ \\t]{0,4})?["'\\x60]?0x[0-9a-fA-F]{40}\\b`,
  );
  return bound.test(text);
}

function unlimitedApprovals({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.lang === 'json' || seg.lang === 'yaml' || seg.lang === 'text') continue;
    if (TEST_PATH.test(seg.file) || !testSegment(UNLIMITED_APPROVAL, seg) || testCode(seg.text)) continue;
    const starts = lineStarts(seg.text);
    const lines = linesOf(seg.text);
    let n = 0;
    // The same spender is usually approved many times: its binding is looked up once per segment.
    const hardCoded = new Map<string, boolean>();
    const isHardCoded = (spender: string) => {
      if (!hardCoded.has(spender)) hardCoded.set(spender, hardCodedSpender(spender, seg.text));
      return hardCoded.get(spender)!;
    };
    UNLIMITED_APPROVAL.lastIndex = 0;
    for (const m of seg.text.matchAll(UNLIMITED_APPROVAL)) {
      if (++n > MAX_APPROVALS) break;
      const line = lineIndexOf(starts, m.index);
      const spender = m[1] ?? m[2] ?? m[3] ?? '';
      if (!inLoop(lines, line) && !isHardCoded(spender)) continue;
      out.push({
        file: seg.file,
        line: fileLineOf(seg, line),
        evidence: clean(lines[line]),
        depth: seg.depth,
      });
      break;
    }
  }
  return out;
}

/**
 * Directory-wide administration handed out by a script: a principal added to the tier-0 groups of
 * Active Directory, every domain user (or everyone) made a local administrator, a tenant-wide Entra ID
 * / Microsoft 365 admin role assigned, or every mailbox opened to one account (FullAccess over
 * `Get-Mailbox -ResultSize Unlimited`, ApplicationImpersonation without a scope). Whoever holds that
 * account owns the domain, the tenant or all of its mail.
 */
const TIER0_GROUP =
  /["'\s](?:Domain Admins|Enterprise Admins|Schema Admins|Enterprise Key Admins|Key Admins|Account Operators|Backup Operators|Server Operators|DnsAdmins|Group Policy Creator Owners|Administrators)["'\s,]/i;
const AD_GROUP_ADD = gated(
  /\b(?:Add-ADGroupMember|Add-ADPrincipalGroupMembership)\b|\bnet(?:\.exe)?[ \t]{1,4}group\b/i,
);
const LOCAL_ADMIN_ADD = gated(
  /\bnet(?:\.exe)?[ \t]{1,4}localgroup[ \t]{1,4}["']?Administrators\b|\bAdd-LocalGroupMember\b/i,
);
/** Every account of the domain or machine, as one member. */
const EVERY_ACCOUNT = /\b(?:Domain Users|Everyone|Authenticated Users|Domain Computers)\b/i;
/** Assigning an Entra ID / Azure AD / MSOnline directory role. */
const ROLE_ASSIGN = gated(
  /\b(?:New-MgDirectoryRoleMemberByRef|Add-MgDirectoryRoleMember|New-MgRoleManagementDirectoryRoleAssignment|New-MgRoleManagementDirectoryRoleEligibilityScheduleRequest|Add-AzureADDirectoryRoleMember|Add-MsolRoleMember|New-AzureADMSRoleAssignment)\b/i,
);
/** Directory roles that administer the whole tenant (or hand out roles). */
const TENANT_ADMIN_ROLE =
  /["'](?:Global Administrator|Company Administrator|Privileged Role Administrator|Privileged Authentication Administrator)["']|\b62e90394-69f5-4237-9190-012177145e10\b|\be8611ab8-c189-46e8-94e1-60213ab1f814\b/i;
const MAILBOX_GRANT = gated(/\bAdd-MailboxPermission\b|\bNew-ManagementRoleAssignment\b/i);
/** Every mailbox of the organisation enumerated. */
const ALL_MAILBOXES =
  /\bGet-(?:EXO)?(?:Mailbox|Recipient)\b[^\n]{0,200}-ResultSize[ \t]{1,4}["']?Unlimited\b/i;
const COMMENT_LINE = /^[ \t]{0,40}(?:#|REM\b|::|\/\/)/i;
const MAX_GRANT_LINES = 20000;
const MAX_GRANT_LINE = 2000;

function grantHit(seg: Segment, i: number, line: string, what: string): RawHit {
  return {
    file: seg.file,
    line: fileLineOf(seg, i),
    evidence: `${clean(line)} (${what})`.slice(0, 240),
    depth: seg.depth,
  };
}

function directoryWideAdmin({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'decoded' && (seg.kind !== 'code' || (seg.lang !== 'shell' && seg.lang !== 'other')))
      continue;
    const ad = testSegment(AD_GROUP_ADD, seg);
    const local = testSegment(LOCAL_ADMIN_ADD, seg);
    const roles = testSegment(ROLE_ASSIGN, seg) && TENANT_ADMIN_ROLE.test(seg.text);
    const mail = testSegment(MAILBOX_GRANT, seg);
    if (!ad && !local && !roles && !mail) continue;
    const everyMailbox = mail && ALL_MAILBOXES.test(seg.text);
    const lines = linesOf(seg.text);
    let hit: RawHit | undefined;
    for (let i = 0; i < Math.min(lines.length, MAX_GRANT_LINES) && !hit; i++) {
      const line = lines[i].slice(0, MAX_GRANT_LINE);
      if (COMMENT_LINE.test(line)) continue;
      const padded = ` ${line} `;
      if (ad && AD_GROUP_ADD.test(line) && TIER0_GROUP.test(padded)) {
        // `net group "Domain Admins" /domain` lists the members; only `/add` adds one.
        if (/\bnet(?:\.exe)?[ \t]{1,4}group\b/i.test(line) && !/\/add\b/i.test(line)) continue;
        hit = grantHit(seg, i, line, 'added to a tier-0 Active Directory group');
      } else if (local && LOCAL_ADMIN_ADD.test(line) && EVERY_ACCOUNT.test(line)) {
        if (/\bAdd-LocalGroupMember\b/i.test(line) && !/\bAdministrators\b/i.test(line)) continue;
        if (/\bnet(?:\.exe)?[ \t]/i.test(line) && !/\/add\b/i.test(line)) continue;
        hit = grantHit(seg, i, line, 'every account made a local administrator');
      } else if (roles && ROLE_ASSIGN.test(line)) {
        hit = grantHit(seg, i, line, 'tenant-wide admin role assigned');
      } else if (
        mail &&
        /\bAdd-MailboxPermission\b[^\n]{0,300}\bFullAccess\b/i.test(line) &&
        (everyMailbox || /-Identity[ \t]{1,4}["']?\*/i.test(line))
      ) {
        hit = grantHit(seg, i, line, 'full access to every mailbox');
      } else if (
        mail &&
        /\bNew-ManagementRoleAssignment\b[^\n]{0,300}\bApplicationImpersonation\b/i.test(line) &&
        !/-(?:CustomRecipientWriteScope|RecipientOrganizationalUnitScope|RecipientRelativeWriteScope)\b/i.test(
          line,
        )
      ) {
        hit = grantHit(seg, i, line, 'impersonation of every mailbox');
      }
    }
    if (hit) out.push(hit);
  }
  return out;
}

export const PERMISSION_RULES: AnyRule[] = [
  perm(
    'SG-PERM-001',
    'MEDIUM',
    'Makes files world-writable (chmod 777 / a+rwx)',
    // One command line (a `\` continuation at most): a path in the next inline code span is not its operand.
    /\bchmod(?:[ \t]|\\\r?\n)+(?:-\w+(?:[ \t]|\\\r?\n)+)*(?:0?777|0?666|a\+rwx|o\+w|ugo\+rwx)(?:[ \t]|\\\r?\n)+["']?(\S+)/g,
    ['chmod'],
    { adjust: (m) => (/\s["']?(?:\/|~|\$HOME)/.test(m.match) ? 'HIGH' : 'MEDIUM') },
  ),
  perm(
    'SG-PERM-002',
    'HIGH',
    'Grants passwordless sudo or edits sudoers',
    /\bNOPASSWD\b|>>?\s*\/etc\/sudoers|\/etc\/sudoers\.d\/|\bvisudo\b|\busermod\s+-aG\s+(?:sudo|wheel|docker|root)\b/g,
    ['nopasswd', 'sudoers', 'visudo', 'usermod'],
    {
      // Granting passwordless sudo for anything and raw writes to sudoers are HIGH; passwordless sudo for
      // named commands (least privilege), a drop-in edited with visudo, or the docker group of
      // Docker's own post-install steps is an admin task to review (MEDIUM).
      // A Dockerfile granting the image's own user sudo is MEDIUM whatever it grants.
      adjust: (m, ctx) =>
        !containerUserGrant(m.segment.file, m.lineText, ctx.fileText) &&
        ((/NOPASSWD/.test(m.match) && grantsNopasswd(m.lineText) && !namedCommandsOnly(m.lineText)) ||
          /^>/.test(m.match) ||
          /\busermod\s+-aG\s+(?:sudo|wheel|root)\b/.test(m.match))
          ? 'HIGH'
          : 'MEDIUM',
    },
  ),
  perm(
    'SG-PERM-019',
    'HIGH',
    'Gives every user write or full control over a Windows system directory (icacls C:\\ProgramData, Program Files or Windows /grant Everyone:F): any local user can then plant what services and administrators run',
    // The system directory itself (a vendor's own folder under it is that vendor's data).
    /\bicacls(?:\.exe)?[ \t]{1,4}["']?(?:%(?:ProgramData|ProgramFiles|ProgramFiles\(x86\)|SystemRoot|windir)%|\$env:(?:ProgramData|ProgramFiles|SystemRoot|windir)|[A-Za-z]:\\(?:ProgramData|Program Files(?: \(x86\))?|Windows(?:\\System32)?))\\?["']?(?=[ \t])[^\n]{0,200}?\/grant(?::r)?[ \t]{1,4}["']?(?:\*S-1-1-0|\*S-1-5-11|\*S-1-5-32-545|Everyone|Users|Authenticated Users|BUILTIN\\Users|[^\s"':]{0,60}\\?Domain Users)["']?:(?:\([A-Z]{1,4}\)){0,4}\(?(?:F|M|W)\b/gi,
    ['icacls'],
  ),
  perm(
    'SG-PERM-003',
    'HIGH',
    'Sets the setuid/setgid bit (privilege escalation)',
    // The mode needs a file after it: a bare `chmod +s` is a term named in prose.
    /\bchmod\s+(?:-\w+\s+)*(?:[ug]?\+s|[2467][0-7]{3})\b(?=[ \t]+[^\s,;)`])|\bsetcap\s+\S*cap_setuid/g,
    ['chmod', 'setcap'],
  ),
  perm(
    'SG-PERM-004',
    'MEDIUM',
    'Hands system paths to root or changes ownership recursively with sudo',
    /\bsudo\s+chown\s+(?:-\w+\s+)*root(?::root)?\s+\/|\bsudo\s+chown\s+-R\b[^\n]{0,60}\s\//g,
    ['chown'],
    { starts: ['sudo'] },
  ),
  perm(
    'SG-PERM-005',
    'MEDIUM',
    'Opens a root shell or runs a shell as root non-interactively',
    /\bsudo\s+(?:su\b(?!\S)|-i\b|-s\b|(?:ba)?sh\s+-c\b)|\becho\s+\S+\s*\|\s*sudo\s+-S\b/g,
    ['sudo'],
  ),
  perm(
    'SG-PERM-006',
    'HIGH',
    'Puts the agent in a mode that approves every tool call without asking',
    /["']?defaultMode["'\]]*\s*[:=]\s*["']?bypassPermissions|--permission-mode[= ]bypassPermissions|--dangerously-bypass-approvals-and-sandbox|--yolo\b|["'](?:allow|allowedTools)["']\s*:\s*\[[^\]]{0,300}["']Bash\(\*\)["']|["'](?:allow|allowedTools)["']\]\s*=[^\n]{0,300}["']Bash\(\*\)["']|\bskipDangerousModePermissionPrompt["']?\s*[:=]\s*(?:true|True)\b|\bexec\.approval["']?\s*[:=]\s*["']?never|["']approval(?:Policy|Mode)?["']\s*:\s*["'](?:never|full-auto)["']|["']ask["']\s*:\s*["']off["'][^\n]{0,80}["']askFallback["']\s*:\s*["']full["']/gi,
    ['bypasspermissions', '--dangerously', '--yolo', 'bash(*)', 'approval', 'skipdangerous', 'askfallback'],
  ),
  {
    type: 'custom',
    id: 'SG-PERM-007',
    family: 'permissions',
    severity: 'HIGH',
    message:
      'Tells the agent, in prose, to switch off its own guards (approve-all mode, wildcard shell, empty deny list, sandbox off, approval never, ask off); HIGH when several at once',
    remediation:
      'Do not change the agent’s permission settings from a skill; list the exact commands the task needs and let the user allow them.',
    check: guardsOffInProse,
  },
  {
    type: 'custom',
    id: 'SG-PERM-008',
    family: 'permissions',
    severity: 'HIGH',
    message:
      'A polkit rule returns YES without a narrow action check (or with one that is always true, or a namespace that includes pkexec): every privileged action, root included, for the subjects it names (CRITICAL when the check is a tautology)',
    remediation:
      'Compare action.id with the exact actions the task needs (`action.id === "org.example.action"`) and return YES only for those.',
    check: polkitGrantAll,
  },
  {
    type: 'custom',
    id: 'SG-PERM-009',
    family: 'permissions',
    severity: 'HIGH',
    message:
      'A sudoers entry lets its users run, as root, a program that writes files or runs commands with wildcard or open arguments (tee/cp/chmod/systemctl *, a shell, an editor): root for anyone it names',
    remediation:
      'List each command with its full, fixed arguments in sudoers; never a wildcard, a shell, an editor or a file-writing program with open arguments.',
    check: sudoersOpenCommands,
  },
  {
    type: 'custom',
    id: 'SG-PERM-010',
    family: 'permissions',
    severity: 'HIGH',
    message:
      'Makes a root-run system directory world-writable (cron, systemd, init, sudoers, profile.d, /usr/local/bin, …) through an argument list, a chmod call or a loop over the paths: any local user can then plant what root runs',
    remediation:
      'Never change the mode of system directories; install files into them with fixed owner root and mode 0644/0755.',
    check: worldWritableSystemDirs,
  },
  {
    type: 'custom',
    id: 'SG-PERM-011',
    family: 'permissions',
    severity: 'HIGH',
    message:
      'Asks for admin- and security-tier OAuth or token scopes (Slack admin.*, GitHub admin:org / delete_repo, Google Admin SDK, Microsoft Graph *.ReadWrite.All, Okta *.manage, Twitch channel:read:stream_key / channel:manage:moderators / user:edit / whispers, Shopify read_all_orders / *_shopify_payments_* / write_customers / write_script_tags / write_themes / write_gift_cards) although administration is not the skill’s job: control of the whole organisation for whoever holds the token (HIGH from four such scopes)',
    remediation:
      'Request only the scopes the task needs (posting, reading one channel or repository); use fine-grained, expiring tokens and leave admin scopes to administration tools.',
    check: adminScopesBeyondJob,
  },
  {
    type: 'custom',
    id: 'SG-PERM-012',
    family: 'permissions',
    severity: 'HIGH',
    message:
      'A udev rule makes disks, memory or input devices readable or writable by every user (MODE 0666 on SUBSYSTEM=="block", /dev/mem, input events): any local process reads or rewrites the raw disk, memory or keystrokes; MEDIUM when narrowed to one device model',
    remediation:
      'Match the exact device (vendor, product, serial) and grant access through a group (GROUP="plugdev", MODE="0660") or uaccess; never open whole device classes to everyone.',
    check: udevWorldDevices,
  },
  {
    type: 'custom',
    id: 'SG-PERM-013',
    family: 'permissions',
    severity: 'HIGH',
    message:
      'Grafana RBAC provisioning gives the lowest basic role (basic:viewer / basic:none) administration-tier roles or actions (users, org users, service accounts and tokens, teams, roles, data sources, settings): every viewer, and with anonymous access every visitor, can manage users and mint tokens',
    remediation:
      'Never extend basic:viewer or basic:none with writer or admin roles; create a custom role with the exact read actions needed and assign it to a team or service account.',
    check: grafanaLowRoleEscalated,
  },
  {
    type: 'custom',
    id: 'SG-PERM-017',
    family: 'permissions',
    severity: 'HIGH',
    message:
      'Grants unlimited token allowances (MaxUint256, type(uint256).max, 2**256-1, setApprovalForAll) in a loop over tokens or to a spender address written in the code: whoever controls that spender can later move every approved token',
    remediation:
      'Approve the exact amount of one trade, to a spender the user named and verified; never grant unlimited allowances for a list of tokens at once.',
    check: unlimitedApprovals,
  },
  {
    type: 'custom',
    id: 'SG-PERM-018',
    family: 'permissions',
    severity: 'HIGH',
    message:
      'A script hands out directory-wide administration: an account added to Domain/Enterprise/Schema Admins (or another tier-0 AD group), every domain user made a local administrator, a tenant-wide Entra ID admin role (Global / Privileged Role Administrator) assigned, or full access to every mailbox: whoever holds that account owns the domain, the tenant or all of its mail',
    remediation:
      'Grant the narrowest role on the narrowest scope the task needs (one mailbox, one site, an application access policy, a delegated OU); leave tier-0 group and tenant admin role changes to the administrators, done by hand and reviewed.',
    check: directoryWideAdmin,
  },
  {
    type: 'custom',
    id: 'SG-PERM-020',
    family: 'permissions',
    severity: 'HIGH',
    message:
      'An Adobe UXP plugin manifest asks for nearly every capability at once (full local file access, every network domain, launching any program or file type, code generation from strings, a webview bridged to remote pages): whatever the plugin loads can read, run and send anything; HIGH from four, MEDIUM for three',
    remediation:
      'Request only what the panel needs: `localFileSystem: "request"` or `"plugin"`, the exact network domains, no launchProcess wildcards, no code generation from strings, a webview limited to named domains without a remote bridge.',
    check: uxpManifestOverreach,
  },
  {
    type: 'custom',
    id: 'SG-PERM-021',
    family: 'permissions',
    severity: 'HIGH',
    message:
      'A browser extension manifest asks for several of the permissions that hand it the whole browser (the debugger, cookies or request interception on every site, native programs, managing other extensions, the proxy): whatever it loads can read sessions and traffic everywhere; HIGH from four, MEDIUM for three',
    remediation:
      "Request only what the extension needs: activeTab or the exact host patterns, no debugger, nativeMessaging, management or proxy unless that is the extension's job.",
    check: extensionManifestOverreach,
  },
  {
    type: 'custom',
    id: 'SG-PERM-022',
    family: 'permissions',
    severity: 'HIGH',
    message:
      "An Android manifest asks for many of the dangerous permissions and components at once (SMS, contacts, call log, microphone, background location, all files, installing packages, overlays, an accessibility service, device admin, a high-priority SMS receiver, a debuggable build): the stalkerware profile, not an app's job; HIGH from five, MEDIUM for three",
    remediation:
      'Declare only the permissions the app uses (a scanner needs the camera and the network), keep components unexported, and ship a non-debuggable build.',
    check: androidManifestOverreach,
  },
  {
    type: 'custom',
    id: 'SG-PERM-023',
    family: 'permissions',
    severity: 'HIGH',
    message:
      'An Entra app registration asks for Microsoft Graph application permissions (tenant-wide, no signed-in user) that can make it a Global Administrator (role assignment, app and app-role writes, directory writes), together with tenant-wide mail, file or site access: once admin-consented, a tenant takeover and a mailbox/SharePoint reader; HIGH for two escalation roles with a data role or three escalation roles, MEDIUM for one with two data roles',
    remediation:
      'Request delegated or resource-specific (Sites.Selected, RSC) permissions for the one list or team the app reads; never grant RoleManagement, AppRoleAssignment, Application or Directory write as application permissions to a line-of-business app.',
    check: graphAppRoleOverreach,
  },
];

/**
 * A world-writable mode given to chmod in a form the shell rule does not read: an argument vector
 * (`["chmod", "-R", "777", p]`), a chmod call (`os.chmod(p, 0o777)`, `p.chmod(0o777)`,
 * `fs.chmodSync(p, 0o777)`, `os.Chmod(p, 0777)`), or a shell chmod of a variable.
 */
const WORLD_WRITABLE_CHMOD = gated(
  /["'`]chmod["'`][ \t]{0,4},[ \t]{0,4}(?:["'`]-{1,2}[\w-]{1,12}["'`][ \t]{0,4},[ \t]{0,4}){0,3}["'`](?:0?777|0?666|[ao]\+w|[ao]\+rwx|ugo\+rwx)["'`]|\b[cC]hmod(?:Sync)?[ \t]{0,4}\([^()\n]{0,200}?(?:\b0o?777\b|\b0o?666\b|\b511\b|\bS_IRWXO\b|\bS_IWOTH\b)|\bchmod[ \t]{1,4}(?:-\w{1,4}[ \t]{1,4}){0,3}(?:0?777|0?666|[ao]\+w|[ao]\+rwx|ugo\+rwx)[ \t]{1,4}["']?[$%]/g,
);
/**
 * A directory root runs or trusts, named whole (a file inside one, `/usr/local/bin/tool`, is a
 * different target): cron and systemd units, init scripts, sudoers and PAM, login profiles, the
 * system program and library paths.
 */
const ROOT_RUN_DIR =
  /(?:^|[\s"'`(=,[])\/(?:etc(?:\/(?:cron(?:\.(?:d|daily|hourly|weekly|monthly))?|systemd(?:\/system)?|init\.d|rc\d?\.d|profile\.d|sudoers\.d|pam\.d|ssh|security|polkit-1|udev|update-motd\.d|logrotate\.d|xdg\/autostart|ld\.so\.conf\.d))?|usr(?:\/local)?\/(?:s?bin|lib)|s?bin|(?:usr\/)?lib(?:64)?\/systemd(?:\/system)?|var\/spool\/cron(?:\/crontabs)?|usr|boot|root)(?=["'`\s),\]]|$)/m;
/** Lines before the chmod where the paths of a loop or an assignment sit. */
const TARGET_LOOKBACK = 8;
const MAX_PERM_HITS = 5;

function worldWritableSystemDirs({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'decoded') continue;
    WORLD_WRITABLE_CHMOD.lastIndex = 0;
    if (!testSegment(WORLD_WRITABLE_CHMOD, seg)) continue;
    WORLD_WRITABLE_CHMOD.lastIndex = 0;
    const starts = lineStarts(seg.text);
    let m: RegExpExecArray | null;
    while ((m = WORLD_WRITABLE_CHMOD.exec(seg.text)) !== null) {
      const idx = lineIndexOf(starts, m.index);
      const from = starts[Math.max(0, idx - TARGET_LOOKBACK)];
      const eol = seg.text.indexOf('\n', m.index);
      const end = m.index + m[0].length;
      // One window per line: the next chmod looked at is on a later line.
      WORLD_WRITABLE_CHMOD.lastIndex = eol === -1 ? seg.text.length : eol;
      const window = seg.text.slice(
        Math.max(from, m.index - 4000),
        Math.min(eol === -1 ? end + 400 : eol, end + 400),
      );
      if (!ROOT_RUN_DIR.test(window)) continue;
      out.push({
        file: seg.file,
        line: fileLineOf(seg, idx),
        evidence: evidenceAround(seg.text, m.index, m.index + m[0].length),
        depth: seg.depth,
      });
      if (out.length >= MAX_PERM_HITS) return out;
    }
  }
  return out;
}

/** Where a polkit rule body starts: each `polkit.addRule(` is one rule. */
const POLKIT_ADD_RULE = gated(/\bpolkit\s{0,4}\.\s{0,4}addRule\s{0,4}\(/g);
const POLKIT_YES = /\bpolkit\s{0,4}\.\s{0,4}Result\s{0,4}\.\s{0,4}YES\b/;
/**
 * Checks that always hold: `indexOf(…) >= -1` (or `> -2`, `!= -2`), `action.id.length >= 0`,
 * `action.id != ""` / `!== undefined` / `!= null`, `/.* /.test(action.id)`.
 */
const POLKIT_TAUTOLOGY =
  /\.indexOf\s{0,4}\([^()\n]{0,200}\)\s{0,4}(?:>=\s{0,4}-\s{0,4}\d{1,6}|>\s{0,4}-\s{0,4}(?:[2-9]|\d{2,6})|!==?\s{0,4}-\s{0,4}(?:[2-9]|\d{2,6}))|\baction\.id\.length\s{0,4}>=\s{0,4}0\b|\baction\.id\s{0,4}!==?\s{0,4}(?:null|undefined|""|'')|\/\^?\.[*+]\$?\/\w{0,3}\.test\s{0,4}\(\s{0,4}action\.id\b/;
/** An action id compared with a literal (exactly, as a prefix, a pattern) or looked up in a list of them. */
const POLKIT_ACTION_LITERAL =
  /\baction\.id\s{0,4}===?\s{0,4}["']([^"'\n]{1,200})["']|["']([^"'\n]{1,200})["']\s{0,4}===?\s{0,4}action\.id\b|\baction\.id\.(?:indexOf|startsWith|includes|lastIndexOf)\s{0,4}\(\s{0,4}["']([^"'\n]{1,200})["']\s{0,4}\)(?!\s{0,4}(?:>=\s{0,4}-|>\s{0,4}-\s{0,4}[2-9]|!==?\s{0,4}-\s{0,4}[2-9]))|\/\^?((?:[\w-]{1,80}\\\.){1,12}[\w-]{1,80})[^/\n]{0,80}\/\w{0,3}\.test\s{0,4}\(\s{0,4}action\.id\b/g;
/** An action id looked up in a list or map of names, or switched over. */
const POLKIT_ACTION_LOOKUP =
  /\.(?:indexOf|includes)\s{0,4}\(\s{0,4}action\.id\s{0,4}\)|\[\s{0,4}action\.id\s{0,4}\]|\bswitch\s{0,4}\(\s{0,4}action\.id\s{0,4}\)/;
/** pkexec's action: a prefix of it (`org.freedesktop.`) grants running anything as root. */
const PKEXEC_ACTION = 'org.freedesktop.policykit.exec';

/** Whether an action id literal names a narrow set of actions (not a prefix of pkexec's id). */
function narrowAction(id: string): boolean {
  const plain = id.replace(/\\\./g, '.').replace(/\*$/, '');
  return plain.length > 0 && !PKEXEC_ACTION.startsWith(plain);
}

/** The polkit rules of a code segment, each from its `addRule(` to the next (at most 8 KiB). */
function polkitBodies(seg: Segment): { at: number; body: string }[] {
  const starts: number[] = [];
  POLKIT_ADD_RULE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POLKIT_ADD_RULE.exec(seg.text)) !== null && starts.length < 64) starts.push(m.index);
  return starts.map((at, k) => ({
    at,
    body: seg.text.slice(at, Math.min(starts[k + 1] ?? seg.text.length, at + 8192)),
  }));
}

/** `.pkla` (polkit < 0.106) sections: a wildcard action granted outright. */
const PKLA_ACTION_ALL = gated(
  /^[ \t]{0,8}Action[ \t]{0,8}=(?:[^\n]{0,400}?;)?[ \t]{0,8}(?:\*|org\.(?:freedesktop\.)?\*)[ \t]{0,8}(?:;|$)/m,
);
const PKLA_YES = /^[ \t]{0,8}Result(?:Active|Any|Inactive)[ \t]{0,8}=[ \t]{0,8}yes\b/im;

function polkitGrantAll({ segments, files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'decoded' && seg.kind !== 'config') continue;
    POLKIT_ADD_RULE.lastIndex = 0;
    if (!testSegment(POLKIT_ADD_RULE, seg)) continue;
    for (const { at, body } of polkitBodies(seg)) {
      const yes = POLKIT_YES.exec(body);
      if (!yes) continue;
      const tautology = POLKIT_TAUTOLOGY.exec(body);
      let narrow = POLKIT_ACTION_LOOKUP.test(body);
      POLKIT_ACTION_LITERAL.lastIndex = 0;
      let lit: RegExpExecArray | null;
      while (!narrow && (lit = POLKIT_ACTION_LITERAL.exec(body)) !== null)
        narrow = narrowAction(lit[1] ?? lit[2] ?? lit[3] ?? lit[4] ?? '');
      if (narrow && !tautology) continue;
      const where = at + (tautology ?? yes).index;
      out.push({
        file: seg.file,
        line: fileLineOf(seg, lineIndexOf(lineStarts(seg.text), where)),
        evidence: evidenceAround(seg.text, where, where + (tautology ?? yes)[0].length),
        severity: tautology ? 'CRITICAL' : 'HIGH',
        depth: seg.depth,
      });
    }
  }
  for (const f of files) {
    if (!/\.pkla$/i.test(f.path) || !testFile(PKLA_ACTION_ALL, f) || !PKLA_YES.test(f.text)) continue;
    const m = PKLA_ACTION_ALL.exec(f.text)!;
    const line = lineIndexOf(lineStarts(f.text), m.index) + 1;
    out.push({ file: f.path, line, evidence: m[0].trim().slice(0, 200) });
  }
  return out;
}

/**
 * A sudoers command list: after `Cmnd_Alias NAME =`, or after a user spec's `user ALL =` or
 * `user host = (runas)` and its tags; the list starts with a full path. Continuation lines are
 * joined before matching.
 */
const SUDOERS_COMMANDS = gated(
  /(?:\bCmnd_Alias[ \t]{1,20}[A-Z][A-Z0-9_]{0,40}[ \t]{0,20}=|[\w%$}.-][ \t]{1,20}ALL[ \t]{0,20}=[ \t]{0,20}(?:\([^)\n]{0,80}\))?|[\w%$}.-][ \t]{1,20}[A-Za-z][\w.-]{0,63}[ \t]{0,20}=[ \t]{0,20}\([\w%:, -]{1,80}\))[ \t]{0,20}(?:(?:NO)?(?:PASSWD|EXEC|SETENV|LOG_INPUT|LOG_OUTPUT)[ \t]{0,4}:[ \t]{0,20}){0,4}(\/[^\n"'#]{1,1200})/g,
);
/** A shell or interpreter: with no arguments or a wildcard it runs anything. */
const SUDO_SHELLS = new Set(
  'sh bash zsh dash ksh fish csh tcsh su sudo env python perl ruby node php lua'.split(' '),
);
/** Editors and pagers open a shell whatever file they are given. */
const SUDO_EDITORS = new Set('vi vim nvim nano less more man ed emacs'.split(' '));
/** Programs that write any file, change modes or control services: root with open arguments. */
const SUDO_WRITERS = new Set(
  (
    'tee cp mv install chmod chown chgrp dd rsync ln sed tar zip unzip find awk gawk systemctl service ' +
    'docker podman kubectl git crontab mount truncate curl wget'
  ).split(' '),
);

/** Whether a sudoers command gives root away (an editor, or a shell or writer with open arguments). */
function openSudoCommand(command: string): boolean {
  const [program, ...args] = command.trim().split(/\s+/);
  if (!program?.startsWith('/')) return false;
  const base = program.slice(program.lastIndexOf('/') + 1);
  // `python3.12`, `perl5.36`: the interpreter whatever its version.
  const name = /^(python|perl|ruby|php|lua)[\d.]*$/.exec(base)?.[1] ?? base;
  const open = args.length === 0 || args.some((a) => a.includes('*'));
  return SUDO_EDITORS.has(name) || ((SUDO_SHELLS.has(name) || SUDO_WRITERS.has(name)) && open);
}

function sudoersOpenCommands({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'decoded' && seg.kind !== 'config') continue;
    SUDOERS_COMMANDS.lastIndex = 0;
    if (!testSegment(SUDOERS_COMMANDS, seg)) continue;
    // Backslash-continued lines joined, with the same length, so offsets keep their lines.
    const text = seg.text.replace(/\\\r?\n/g, (c) => ' '.repeat(c.length));
    SUDOERS_COMMANDS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SUDOERS_COMMANDS.exec(text)) !== null) {
      const bad = m[1].split(/,|:(?=\s{0,20}[A-Z][A-Z0-9_]{0,40}\s{0,20}=)/).find((c) => openSudoCommand(c));
      if (!bad) continue;
      const at = m.index + m[0].indexOf(bad.trim());
      out.push({
        file: seg.file,
        line: fileLineOf(seg, lineIndexOf(lineStarts(seg.text), at)),
        evidence: evidenceAround(seg.text, at, at + bad.trim().length),
        depth: seg.depth,
      });
    }
  }
  return out;
}

/** Agent guard settings named with the value that turns them off, one kind per entry. */
const GUARDS_OFF: [string, RegExp][] = [
  [
    'approve-all mode',
    gated(/\bdefaultMode\b[^\n]{0,60}\bbypassPermissions\b|--dangerously-skip-permissions\b/i),
  ],
  ['wildcard shell', gated(/\bBash\b[^\n]{0,40}\(\*\)/)],
  ['empty deny list', gated(/\bdeny\b[^\n]{0,40}(?:\bempty\b|\[\s{0,4}\])/i)],
  ['sandbox off', gated(/\bsandbox(?:\.enabled)?\b[^\n]{0,30}\b(?:false|off|disabled?)\b/i)],
  ['skip prompt', gated(/\bskipDangerousModePermissionPrompt\b[^\n]{0,30}\btrue\b/i)],
  ['approval never', gated(/\bapproval[_-]?(?:policy|mode)?\b[^\n]{0,30}\bnever\b/i)],
  ['full access', gated(/\bdanger-full-access\b|--dangerously-bypass-approvals-and-sandbox\b/i)],
  ['ask off', gated(/\bask\b[^\n]{0,20}\boff\b/i)],
  ['elevated for all', gated(/\belevated\b[^\n]{0,60}(?:\btrue\b|["'`]\*["'`])/i)],
  ['all project MCP servers', gated(/\benableAllProjectMcpServers\b[^\n]{0,30}\btrue\b/i)],
];
/** Negated before the setting: the line warns against it. */
const NEGATED_BEFORE = /\b(?:never|don'?t|do not|avoid|instead of|rather than|not)\b/i;
/** A line that lists, reviews or flags the setting rather than tells the agent to apply it. */
const REVIEWED =
  /\b(?:warn\w*|dangerous|unsafe|risk\w*|flag\w*|detect\w*|look\s+for|if\s+it\s+(?:was|is)|anywhere|high|drops?|remov\w*|replace\s+with|audit\w*|findings?|check\w*|bad|good|wrong|insecure|red\s+flags?)\b/i;

/**
 * Markdown prose that names several agent guard settings with the values that switch them off:
 * the instructions of a "profile" the agent is told to apply to its own configuration.
 */
function guardsOffInProse({ files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const f of files) {
    if (!/\.(?:md|markdown|mdx)$/i.test(f.path)) continue;
    // No pattern crosses a line: a kind absent from the whole file is absent from every line.
    const present = GUARDS_OFF.filter(([, re]) => testFile(re, f));
    if (present.length < 2) continue;
    const kinds = new Set<string>();
    let first: RawHit | undefined;
    const lines = linesOf(f.text);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].slice(0, 2000);
      const hits = present.flatMap(([kind, re]) => {
        const m = re.exec(line);
        return m ? [{ kind, at: m.index }] : [];
      });
      if (hits.length === 0 || REVIEWED.test(line)) continue;
      for (const { kind, at } of hits) {
        if (NEGATED_BEFORE.test(line.slice(0, at))) continue;
        kinds.add(kind);
        first ??= { file: f.path, line: i + 1, evidence: line.trim().slice(0, 200) };
      }
    }
    if (first && kinds.size >= 2) out.push({ ...first, severity: kinds.size >= 3 ? 'HIGH' : 'MEDIUM' });
  }
  return out;
}

/**
 * Scopes that administer an organisation or its security, by provider: Slack's admin.* and audit
 * logs; GitHub classic token admin:* and delete scopes; GitHub App permissions (a manifest's
 * `default_permissions`, an installation token's `permission-*` inputs) over repository or
 * organisation administration, secrets, members, runners, tokens and webhooks; the Google Admin SDK and
 * mail forwarding; Microsoft Graph directory-wide write and full-control permissions; Okta management
 * scopes; Twitch scopes that take over the channel or the account (the stream key, appointing
 * moderators, editing the account, sending whispers as the user) rather than run chat; Shopify Admin API
 * scopes over the whole store's money, customers and storefront code (every order ever, payouts and
 * disputes, saved payment methods, payment terms, gift cards, customer records, staff users, theme and
 * script-tag code injected into every page, checkouts); generic POS/SaaS scopes that administer users,
 * staff, devices, locations, webhooks or API clients, refund payments, export customers or read payroll.
 */
const ADMIN_SCOPE = gated(
  /(?<![\w-])(?:permission-)?["']?(?:administration|members|secrets|repository_hooks|organization_(?:administration|secrets|self_hosted_runners|personal_access_tokens|personal_access_token_requests|user_blocking|hooks|custom_roles|custom_org_roles)|organization-(?:administration|secrets|self-hosted-runners|personal-access-tokens|personal-access-token-requests|user-blocking|hooks|custom-roles|custom-org-roles)|repository-hooks)["']?[ \t]{0,4}:[ \t]{0,4}["']?(?:write|admin)\b|\badmin\.(?:apps|users|conversations|invites|teams|usergroups|roles|barriers|workflows|analytics)(?:\.[a-z]{1,20})?:(?:read|write)\b|\bauditlogs:read\b|\b(?:admin:(?:org|enterprise|org_hook|repo_hook|public_key|gpg_key|ssh_signing_key)|delete_repo|delete:packages|manage_runners:(?:org|enterprise))\b|\badmin\.(?:directory|datatransfer|reports\.audit)(?:\.[a-z]{1,30}){0,3}\b|\bauth\/(?:gmail\.settings\.sharing|apps\.groups\.settings|cloud-identity(?:\.[a-z]{1,30}){0,2}|ediscovery)\b|https:\/\/mail\.google\.com\/|\b(?:Directory|RoleManagement|Application|AppRoleAssignment|User|Group|Policy|Domain|DelegatedPermissionGrant|UserAuthenticationMethod|PrivilegedAccess|Organization|IdentityRiskyUser)\.ReadWrite\.(?:All|Directory|[A-Z][A-Za-z]{1,40})\b|\bDirectory\.AccessAsUser\.All\b|\bSites\.FullControl\.All\b|\bfull_access_as_app\b|\bokta\.(?:users|groups|apps|roles|policies|authorizationServers|factors|idps|orgs)\.manage\b|\b(?:channel:read:stream_key|channel:manage:moderators|user:manage:whispers|whispers:edit|user:edit(?![:\w]))|\b(?:read_all_orders|write_customers|(?:read|write)_customer_payment_methods|(?:read|write)_shopify_payments(?:_[a-z]{1,30}){0,3}|write_payment_(?:terms|mandate|gateways|sessions)|write_gift_cards|write_script_tags|write_themes|write_checkouts|(?:read|write)_users)\b|\b(?:users?|staff|employees|devices|webhooks|api[-_]clients|roles|(?:business[-_])?locations|organi[sz]ations?)[:.](?:admin|manage)\b|\bpayments?[:.]refunds?\b|\bcustomers?[:.]export\b|\b(?:staff|employees?)[:.]payroll\b/g,
);
/** A skill whose job is administration or security: admin scopes are its tools. */
const ADMIN_JOB =
  /\b(?:admin\w*|administ\w*|provision\w*|onboard\w*|offboard\w*|identit(?:y|ies)|iam|sso|saml|scim|directory|tenants?|entra|active directory|okta|incident\w*|security|secops|compromis\w*|containment|governance|compliance|audit\w*|access reviews?|permissions?|rbac|lifecycle|leavers?|intune|jamf|mdm|rotat\w*|revok\w*|e-?discovery|legal hold|dlp)\b/;
/** A line that warns against the scopes, or lists them to remove or detect. */
const SCOPE_REVIEWED =
  /\b(?:never|don'?t|do not|avoid|instead of|rather than|not needed|unnecessary|excessive|over-?privileged|dangerous|risky|warn\w*|flag\w*|detect\w*|revoke|remove|strip|drop)\b/i;
const ADMIN_SCOPES_HIGH = 4;
const MAX_SCOPE_HITS = 500;
const SCOPE_LINE_REACH = 300;

/**
 * Manifests, token instructions and code that together ask for several admin-tier scopes, in a
 * skill whose name and description are not about administration or security: a Slack app installed
 * org-wide with admin.users:write, a classic GitHub token with admin:org and delete_repo for a
 * search, Directory.ReadWrite.All for meeting notes. Lines that warn against a scope do not count.
 */
function adminScopesBeyondJob({ files, ctx }: CustomInput): RawHit[] {
  if (ADMIN_JOB.test(ctx.identity)) return [];
  const seen = new Set<string>();
  let first: RawHit | undefined;
  for (const f of files) {
    if (!testFile(ADMIN_SCOPE, f)) continue;
    ADMIN_SCOPE.lastIndex = 0;
    let m: RegExpExecArray | null;
    for (let n = 0; n < MAX_SCOPE_HITS && (m = ADMIN_SCOPE.exec(f.text)) !== null; n++) {
      const before = f.text.slice(Math.max(0, m.index - SCOPE_LINE_REACH), m.index);
      const after = f.text.slice(m.index, m.index + SCOPE_LINE_REACH);
      const line = before.slice(before.lastIndexOf('\n') + 1) + after.split('\n', 1)[0];
      if (SCOPE_REVIEWED.test(line)) continue;
      seen.add(m[0]);
      first ??= {
        file: f.path,
        line: lineIndexOf(lineStarts(f.text), m.index) + 1,
        evidence: line.trim().slice(0, 200),
      };
    }
    ADMIN_SCOPE.lastIndex = 0;
  }
  if (!first || seen.size < 2) return [];
  const scopes = [...seen].slice(0, 8).join(', ');
  return [
    {
      ...first,
      evidence: `${seen.size} admin scopes (${scopes}): ${first.evidence}`.slice(0, 300),
      severity: seen.size >= ADMIN_SCOPES_HIGH ? 'HIGH' : 'MEDIUM',
    },
  ];
}

/** A UXP manifest's broad grant, by what it reaches. */
const UXP_EXECUTABLE_EXT =
  /^\.?(?:\*|sh|command|app|exe|bat|cmd|ps1|scpt|applescript|py|pl|rb|jar|pkg|dmg|tool)$/i;
const UXP_HIGH = 4;
const UXP_MEDIUM = 3;
const MAX_MANIFEST_BYTES = 1 << 20;

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const listOf = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
const everyDomain = (v: unknown) => listOf(v).some((d) => /^(?:all|\*|https?:\/\/\*\/?)$/i.test(d.trim()));

/** The broad grants of a UXP manifest's `requiredPermissions`. */
function uxpBroadGrants(perms: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (perms.localFileSystem === 'fullAccess') out.push('localFileSystem fullAccess');
  if (everyDomain(asRecord(perms.network)?.domains)) out.push('every network domain');
  const launch = asRecord(perms.launchProcess);
  if (
    launch &&
    (listOf(launch.schemes).some((x) => x.trim() === '*') ||
      listOf(launch.extensions).some((x) => UXP_EXECUTABLE_EXT.test(x.trim())))
  )
    out.push('launchProcess of any file or program');
  if (perms.allowCodeGenerationFromStrings === true) out.push('code generation from strings');
  const webview = asRecord(perms.webview);
  if (webview && (webview.enableMessageBridge === 'localAndRemote' || everyDomain(webview.domains)))
    out.push('webview open to remote pages');
  return out;
}

/** The JSON manifests among the files: named `manifest.json`, within the size bound, holding `needle`. */
function jsonManifests(
  files: CustomInput['files'],
  needle: string,
): { file: string; text: string; manifest: Record<string, unknown> }[] {
  const out: { file: string; text: string; manifest: Record<string, unknown> }[] = [];
  for (const f of files) {
    if (!/(?:^|\/)manifest\.json$/i.test(f.path) || f.text.length > MAX_MANIFEST_BYTES) continue;
    if (!f.text.includes(needle)) continue;
    try {
      const manifest = asRecord(JSON.parse(f.text));
      if (manifest) out.push({ file: f.path, text: f.text, manifest });
    } catch {
      continue;
    }
  }
  return out;
}

/** A manifest asking for `grants` together: HIGH from `high` of them, else MEDIUM. */
function overreachHit(
  file: string,
  text: string,
  at: number,
  what: string,
  grants: string[],
  high: number,
): RawHit {
  return {
    file,
    line: lineIndexOf(lineStarts(text), Math.max(0, at)) + 1,
    evidence: `${what} ${grants.join(', ')}`.slice(0, 300),
    severity: grants.length >= high ? 'HIGH' : 'MEDIUM',
  };
}

/**
 * An Adobe UXP plugin manifest (`manifest.json` with `host` and `requiredPermissions`) that asks for
 * most of the broad capabilities at once. A panel that stamps text or exports renditions needs a
 * folder the user picks and perhaps one API host; full disk, any program, eval and a remote-bridged
 * webview together are what a loader needs. Only real manifest files count (an excerpt quoted in a
 * review is markdown).
 */
function uxpManifestOverreach({ files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const { file, text, manifest } of jsonManifests(files, 'requiredPermissions')) {
    const perms = asRecord(manifest.requiredPermissions);
    if (!perms || manifest.host === undefined) continue;
    const grants = uxpBroadGrants(perms);
    if (grants.length < UXP_MEDIUM) continue;
    out.push(
      overreachHit(
        file,
        text,
        text.indexOf('requiredPermissions'),
        'UXP manifest asks for',
        grants,
        UXP_HIGH,
      ),
    );
  }
  return out;
}

/** A host pattern that matches every site. */
const ALL_HOSTS = /^(?:<all_urls>|\*:\/\/\*\/\*?|https?:\/\/\*\/\*?|\*:\/\/\*\.?\*?\/.{0,4})$/i;
const EXT_HIGH = 4;
const EXT_MEDIUM = 3;

/** The grants of a browser extension manifest that reach the whole browser. */
function extensionBroadGrants(manifest: Record<string, unknown>): string[] {
  const perms = new Set(listOf(manifest.permissions).map((p) => p.trim()));
  const hosts = [
    ...listOf(manifest.host_permissions),
    ...listOf(manifest.permissions),
    ...(Array.isArray(manifest.content_scripts) ? manifest.content_scripts : []).flatMap((c) =>
      listOf(asRecord(c)?.matches),
    ),
  ];
  const everySite = hosts.some((h) => ALL_HOSTS.test(h.trim()));
  const out: string[] = [];
  for (const p of ['debugger', 'nativeMessaging', 'management', 'proxy']) if (perms.has(p)) out.push(p);
  if (everySite && perms.has('cookies')) out.push('cookies on every site');
  if (everySite && (perms.has('webRequest') || perms.has('webRequestBlocking')))
    out.push('webRequest on every site');
  if (perms.has('history') && perms.has('browsingData')) out.push('history and browsingData');
  return out;
}

/**
 * A Chrome/Firefox extension manifest (`manifest.json` with `manifest_version` and `permissions`)
 * asking for several permissions that together take over the browser. A popup that tags the current
 * tab needs activeTab and storage; the debugger, native messaging, extension management, the proxy
 * and cookies or requests on every site are what a session stealer needs. Only real manifest files
 * count (an excerpt quoted in a review is markdown).
 */
function extensionManifestOverreach({ files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const { file, text, manifest } of jsonManifests(files, 'manifest_version')) {
    if (manifest.manifest_version === undefined || !text.includes('permissions')) continue;
    const grants = extensionBroadGrants(manifest);
    if (grants.length < EXT_MEDIUM) continue;
    out.push(
      overreachHit(
        file,
        text,
        text.indexOf('"permissions"'),
        'Extension manifest asks for',
        grants,
        EXT_HIGH,
      ),
    );
  }
  return out;
}

/** Dangerous Android permissions and components, by what they reach. */
const ANDROID_GRANTS: readonly (readonly [string, RegExp])[] = [
  ['SMS', /android\.permission\.(?:READ|RECEIVE|SEND)_SMS\b/],
  ['contacts', /android\.permission\.READ_CONTACTS\b/],
  ['call log', /android\.permission\.(?:READ_CALL_LOG|PROCESS_OUTGOING_CALLS)\b/],
  ['microphone', /android\.permission\.RECORD_AUDIO\b/],
  ['background location', /android\.permission\.ACCESS_BACKGROUND_LOCATION\b/],
  ['all files', /android\.permission\.MANAGE_EXTERNAL_STORAGE\b/],
  ['installing packages', /android\.permission\.(?:REQUEST_INSTALL_PACKAGES|INSTALL_PACKAGES)\b/],
  ['overlays', /android\.permission\.SYSTEM_ALERT_WINDOW\b/],
  ['accessibility service', /android\.permission\.BIND_ACCESSIBILITY_SERVICE\b/],
  ['device admin', /android\.permission\.BIND_DEVICE_ADMIN\b/],
  ['SMS receiver', /android\.provider\.Telephony\.SMS_RECEIVED\b/],
  ['debuggable build', /android:debuggable[ \t]{0,4}=[ \t]{0,4}["']true["']/],
];
const ANDROID_HIGH = 5;
const ANDROID_MEDIUM = 3;

/**
 * An `AndroidManifest.xml` that declares many of the dangerous permissions and components at once.
 * One or two fit a real app (a messenger reads SMS, a navigator wants background location); SMS,
 * contacts, call log, the microphone, overlays, an accessibility service and device admin together
 * are what stalkerware declares. Only real manifest files count.
 */
function androidManifestOverreach({ files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const f of files) {
    if (!/(?:^|\/)AndroidManifest\.xml$/i.test(f.path) || f.text.length > MAX_MANIFEST_BYTES) continue;
    const found = ANDROID_GRANTS.filter(([, re]) => re.test(f.text));
    if (found.length < ANDROID_MEDIUM) continue;
    const first = Math.min(...found.map(([, re]) => f.text.search(re)));
    const grants = found.map(([k]) => k);
    out.push(overreachHit(f.path, f.text, first, 'Android manifest declares', grants, ANDROID_HIGH));
  }
  return out;
}

/** Microsoft Graph's resource app id in an Entra `requiredResourceAccess` list. */
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
/**
 * Graph application permissions (app roles) by their published ids: those that let the app grant
 * itself any role or permission (the escalation tier), and those that read or write every mailbox,
 * file and site in the tenant.
 */
const GRAPH_ESCALATION_ROLES: Record<string, string> = {
  '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8': 'RoleManagement.ReadWrite.Directory',
  '06b708a9-e830-4db3-a914-8e69da51d44f': 'AppRoleAssignment.ReadWrite.All',
  '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9': 'Application.ReadWrite.All',
  '19dbc75e-c2e2-444c-a770-ec69d8559fc7': 'Directory.ReadWrite.All',
};
const GRAPH_DATA_ROLES: Record<string, string> = {
  'a82116e5-55eb-4c41-a434-62fe8a61c773': 'Sites.FullControl.All',
  '9492366f-7969-46a4-8d15-ed1a20078fff': 'Sites.ReadWrite.All',
  'e2a3a72e-5f79-4c64-b1b1-878b674786c9': 'Mail.ReadWrite',
  '810c84a8-4a9e-49e6-bf7d-12d183f40d01': 'Mail.Read',
  'b633e1c5-b582-4048-a93e-9f11b44c7e96': 'Mail.Send',
  '75359482-378d-4052-8f01-80520e7db3cd': 'Files.ReadWrite.All',
  '01d4889c-1287-42c6-ac1f-5d1e02578ef6': 'Files.Read.All',
  '741f803b-c850-494e-b5df-cde7c675a1ca': 'User.ReadWrite.All',
  '62a82d76-70ea-41e2-9197-370581804d09': 'Group.ReadWrite.All',
};
const byName = (roles: Record<string, string>) =>
  new Map(Object.values(roles).map((n) => [n.toLowerCase(), n]));
const ESCALATION_NAMES = byName(GRAPH_ESCALATION_ROLES);
const DATA_NAMES = byName(GRAPH_DATA_ROLES);
/** `az ad app permission add --api-permissions <id>=Role …`: an application permission on the command line. */
const CLI_APP_ROLE = /\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})=Role\b/gi;
const MAX_GRAPH_ENTRIES = 2000;

/** The Graph application permissions in a parsed `requiredResourceAccess` list (any nesting of the file). */
function graphRolesIn(value: unknown, into: Set<string>, budget: { n: number }): void {
  if (budget.n-- <= 0 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) graphRolesIn(v, into, budget);
    return;
  }
  const rec = value as Record<string, unknown>;
  if (rec.resourceAppId === GRAPH_APP_ID && Array.isArray(rec.resourceAccess)) {
    for (const a of rec.resourceAccess) {
      const entry = asRecord(a);
      if (!entry || entry.type !== 'Role') continue;
      // The id names the permission; a label beside it (`value`, `name`, `comment`) is read when the id is not one of the known ids.
      const id = typeof entry.id === 'string' ? entry.id.toLowerCase() : '';
      const known = GRAPH_ESCALATION_ROLES[id] ?? GRAPH_DATA_ROLES[id];
      const label = [entry.value, entry.name, entry.comment].find((x) => typeof x === 'string') as
        string | undefined;
      const named =
        label &&
        (ESCALATION_NAMES.get(label.trim().toLowerCase()) ?? DATA_NAMES.get(label.trim().toLowerCase()));
      const role = known ?? named;
      if (role) into.add(role);
    }
    return;
  }
  for (const v of Object.values(rec)) graphRolesIn(v, into, budget);
}

/**
 * An Entra app registration (a `requiredResourceAccess` JSON file, or `--api-permissions <id>=Role` on
 * the command line) asking for Graph application permissions that let the app make itself a Global
 * Administrator, beside tenant-wide mailbox, file or site access. An agenda bot or a list reader needs
 * Sites.Selected or one delegated scope; an app that can assign directory roles and read every mailbox
 * without a signed-in user is a takeover once an admin consents. Only real JSON files and command lines
 * count (a permission named in prose is not a request).
 */
function graphAppRoleOverreach({ files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const f of files) {
    if (f.text.length > MAX_MANIFEST_BYTES) continue;
    const roles = new Set<string>();
    let at = -1;
    if (/\.json$/i.test(f.path) && f.text.includes('resourceAccess') && f.text.includes(GRAPH_APP_ID)) {
      try {
        graphRolesIn(JSON.parse(f.text), roles, { n: MAX_GRAPH_ENTRIES });
      } catch {
        continue;
      }
      at = f.text.indexOf(GRAPH_APP_ID);
    } else if (f.text.includes('=Role')) {
      let n = 0;
      for (const m of f.text.matchAll(CLI_APP_ROLE)) {
        if (++n > MAX_GRAPH_ENTRIES) break;
        const id = m[1].toLowerCase();
        const role = GRAPH_ESCALATION_ROLES[id] ?? GRAPH_DATA_ROLES[id];
        if (!role) continue;
        roles.add(role);
        if (at < 0) at = m.index;
      }
    }
    const escalation = [...roles].filter((r) => ESCALATION_NAMES.has(r.toLowerCase()));
    const data = [...roles].filter((r) => DATA_NAMES.has(r.toLowerCase()));
    const high = (escalation.length >= 2 && data.length >= 1) || escalation.length >= 3;
    const medium = escalation.length >= 1 && data.length >= 2;
    if (!high && !medium) continue;
    const hit = overreachHit(
      f.path,
      f.text,
      at,
      'Graph application permissions',
      [...escalation, ...data],
      Number.MAX_SAFE_INTEGER,
    );
    out.push({ ...hit, severity: high ? 'HIGH' : 'MEDIUM' });
  }
  return out;
}
