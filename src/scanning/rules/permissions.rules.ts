import type { AnyRule, CustomInput, RawHit } from '../rule.types.js';
import { linesOf } from '../analyzers/segment-lines.js';
import { gated, testFile } from '../analyzers/literal-gates.js';
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

export const PERMISSION_RULES: AnyRule[] = [
  perm(
    'SG-PERM-001',
    'MEDIUM',
    'Makes files world-writable (chmod 777 / a+rwx)',
    /\bchmod\s+(?:-\w+\s+)*(?:0?777|0?666|a\+rwx|o\+w|ugo\+rwx)\s+["']?(\S+)/g,
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
];

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
