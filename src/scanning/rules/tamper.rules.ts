import type {
  AnyRule,
  CustomInput,
  MatchInfo,
  PatternRule,
  RawHit,
  Segment,
  SkillContext,
} from '../rule.types.js';
import { PROGRAM_LANGS, fileLang } from '../analyzers/fence-lang.js';
import { sinkWithSources } from '../analyzers/code-cooccurrence.js';
import {
  clean,
  evidenceAround,
  fileLineOf,
  lineIndexOf,
  linesOf,
  lineStarts,
} from '../analyzers/segment-lines.js';
import { isPublicIp, namesWord } from './indicators.js';
import { gated, testFile, testSegment } from '../analyzers/literal-gates.js';
import { patternRuleMaker } from './pattern-rule.js';
import { sqlBackdoorFindings } from '../analyzers/sql-backdoor.js';

const REMEDIATION = 'Skills must not delete system data, logs or history, nor switch off security tooling.';

const t = patternRuleMaker('tamper', REMEDIATION, 'code');

/**
 * A value that switches Windows protection off: Defender's engines (`Disable*` = 1), a firewall
 * profile, UAC or its admin prompt (= 0), or a drive root named under Defender's excluded paths. The
 * match starts at the value's name; `notRegistryWrite` asks for the writer (`reg add`,
 * `Set-ItemProperty`/`New-ItemProperty`) on the same line. `\\` allowed for a string literal's `\`.
 */
const REG_NAMED = (name: string) =>
  String.raw`(?:\/v|-Name)[ \t]{1,4}["']?${name}["']?(?=[ \t])[^\n]{0,100}?(?:\/d|-Value)[ \t]{1,4}["']?`;
const WINDOWS_POLICY_OFF = String.raw`${REG_NAMED('Disable(?:AntiSpyware|AntiVirus|RealtimeMonitoring|BehaviorMonitoring|OnAccessProtection|IOAVProtection|ScriptScanning)')}(?:1|0x0{0,7}1|\$?true)\b|${REG_NAMED('(?:EnableFirewall|EnableLUA|ConsentPromptBehaviorAdmin)')}(?:0|0x0{1,8}|\$?false)\b|\bExclusions\\{1,2}Paths["']?[ \t][^\n]{0,40}?(?:\/v|-Name)[ \t]{1,4}["']?[A-Za-z]:(?:\\{1,2})?["']?(?=[ \t])`;
const REGISTRY_WRITE = /\breg(?:\.exe)?[ \t]{1,4}add\b|\b(?:Set|New)-ItemProperty\b/i;

/** A policy value match (not another kind of switch) on a line that writes no registry value. */
function notRegistryWrite(match: string, line: string): boolean {
  return /^(?:\/v|-Name|Exclusions)/i.test(match) && !REGISTRY_WRITE.test(line);
}

/** A comment after a command: `#` after white space, running to the end of the line. */
const SHELL_COMMENT = /\s#[^\n]*$/;

/** Every path an `rm` on the line removes is an app folder named after the skill's product. */
function ownAppFolders(line: string, identity: string): boolean {
  // A trailing shell comment (`rm -rf /usr/share/app  # its data`) is not an argument.
  const args = /\brm\s+([^;&|\n]+)/
    .exec(line.replace(SHELL_COMMENT, ''))?.[1]
    .split(/\s+/)
    .filter((a) => a && !a.startsWith('-'));
  if (!args?.length) return false;
  return args.every((path) => {
    const app =
      /^["']?\/(?:etc|var\/lib|var\/log|var\/cache|opt|usr\/(?:local\/)?(?:lib|share))\/([a-z][\w.-]{3,})\/?["']?$/i.exec(
        path,
      )?.[1];
    return app !== undefined && namesWord(identity, app.toLowerCase());
  });
}

/** The source line of a hit: an inline-code segment holds only its own snippet, not the sentence around it. */
function sourceLine({ segment, lineText }: MatchInfo, ctx: SkillContext): string {
  if (segment.depth > 0 || segment.text.includes('\n')) return lineText;
  const text = ctx.fileText(segment.file);
  const start = lineStarts(text)[segment.line - 1];
  if (start === undefined) return lineText;
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? undefined : end);
}

/** `history -c` followed by `history -r`: the shell re-reads its history file, which is kept. */
function reloadsHistory(m: MatchInfo, ctx: SkillContext): boolean {
  return /\bhistory\s+-c\b[^\n]{0,80}\bhistory\s+-r\b/.test(sourceLine(m, ctx));
}

/**
 * Services whose stop blinds the host's defenders: the audit daemon, firewalls and MAC, EDR and
 * antivirus agents, the system loggers.
 */
const SECURITY_AGENTS = String.raw`(?:auditd|auditbeat|firewalld|apparmor|falcon-sensor|osqueryd|wazuh-agent|ossec|sentinelone|sentinel-agent|cbagentd|cbdaemon|mdatp|elastic-agent|elastic-endpoint|qualys-cloud-agent|taniumclient|cylancesvc|clamav-daemon|clamd|rsyslog|syslog-ng|systemd-journald)(?:\.service)?\b`;

const PATTERNS: PatternRule[] = [
  t(
    'SG-TAMPER-001',
    'HIGH',
    'Deletes system, log, backup or home data recursively',
    /\brm\s+(?:-\w+\s+)*-\w*[rR]\w*\s+(?:-\w+\s+)*(?:--no-preserve-root\s+)?(?:[^\s;&|]+[ \t]+){0,4}["']?(?:\/(?:\s|$|\*)|\/(?:var\/log|etc|usr|boot|bin|lib|opt|root|home|Users|var\/lib)\b|~\/?(?:\s|$|\*|(?:\.config|\.ssh|\.local|Documents|Desktop|backup)(?=\/?(?:[\s"';&|*]|$)))|\$HOME\/?(?:\s|$|\*|\.config)|(?!["']?\$(?!HOME\b|\{HOME\})\{?\w)[^\s]*backup)/g,
    ['rm '],
    // Backups count where the skill names them (home, root, a relative path); an app's own rotating
    // files under a folder held in a variable (`"$PROFILE/sessionstore-backups"`) are that app's state.
    // Package-manager caches cleared in an image build, and one named app folder removed on uninstall
    // (`rm -rf /usr/share/ollama`), are routine; so are the skill's own product's folders
    // (`rm -rf /etc/tracelight /var/lib/tracelight` in Tracelight's uninstall steps).
    {
      adjust: (m, ctx) => (ownAppFolders(m.lineText, ctx.identity) ? 'MEDIUM' : 'HIGH'),
      unless:
        /\brm\s+-rf\s+\/var\/(?:lib\/apt\/lists|cache\/(?:apt|apk|yum|dnf))\b|\brm\s+-rf\s+\/(?:usr\/(?:local\/)?(?:share|lib)|opt)\/[\w.-]+\/?\s*(?:$|[;&|])|\brm\s+-rf\s+\/etc\/[\w.-]+\/[\w.-]+\/?\s*(?:$|[;&|])/,
    },
  ),
  t(
    'SG-TAMPER-002',
    'HIGH',
    'Wipes logs or shell history (covers tracks)',
    /\bhistory\s+-c\b|\bunset\s+HISTFILE\b|HISTFILE=\/dev\/null|>\s*~?\/?\S*\.(?:bash|zsh)_history\b|\bshred\b[^\n]{0,60}\/var\/log|(?<![>&\d])>\s*\/var\/log\/\S+|\bwevtutil\s+cl\b|Clear-EventLog|\bjournalctl\s+--vacuum-(?:size|time|files)=\S+/g,
    ['history', 'histfile', 'shred', '/var/log', 'wevtutil', 'clear-eventlog', 'journalctl'],
    // `history -c` then `history -r` reloads the shell's memory from the history file, which stays.
    // Shrinking the journal to a size or age is disk housekeeping; emptying it erases the record.
    {
      adjust: (m, ctx) => {
        const { match } = m;
        if (/^history/.test(match) && reloadsHistory(m, ctx)) return null;
        return /^journalctl/i.test(match) && !/=(?:0|1[smh]?|\d+s|[1-9]K)\b/i.test(match) ? 'MEDIUM' : 'HIGH';
      },
    },
  ),
  t(
    'SG-TAMPER-003',
    'HIGH',
    'Switches off security tooling (firewall, SELinux, audit, antivirus)',
    new RegExp(
      [
        String.raw`\bsetenforce\s+0\b|\bufw\s+disable\b`,
        // A security agent, the audit daemon or the system logger stopped (systemctl, service, rc-service).
        String.raw`\bsystemctl\s+(?:--[\w-]{1,20}\s+){0,3}(?:stop|disable|mask|kill)\s+(?:--[\w-]{1,20}\s+){0,3}(?:[\w@.-]{1,60}\s+){0,4}?${SECURITY_AGENTS}`,
        String.raw`\b(?:service|rc-service)\s+${SECURITY_AGENTS}\s+stop\b`,
        // The kernel's audit rules deleted or auditing switched off.
        String.raw`\bauditctl\s+(?:-D\b|-e\s*0\b)`,
        // macOS: the audit daemon, XProtect, MRT, the application firewall or syslogd unloaded from
        // launchd; the firewall switched off; Gatekeeper's re-arm or the download quarantine disabled.
        String.raw`\blaunchctl\s{1,4}(?:disable|bootout|unload(?:\s{1,4}-w)?)\s{1,4}["']?(?:(?:system|gui\/\d{1,6})\/|\/System\/Library\/LaunchDaemons\/)?com\.apple\.(?:auditd|XProtect|MRT|alf|syslogd)\b`,
        String.raw`\bsocketfilterfw\s{1,4}--setglobalstate\s{1,4}off\b|\b(?:LSQuarantine|GKAutoRearm)["']?\s{1,4}-bool\s{1,4}["']?(?:false|no)\b`,
        // Windows: Defender's engines, the firewall or UAC switched off by policy value (`reg add`,
        // `Set-ItemProperty`, a merged `.reg` file read as `reg add`; `\\` in a string literal), a
        // drive root excluded from scanning, or the firewall profiles turned off.
        String.raw`${WINDOWS_POLICY_OFF}`,
        String.raw`\bnetsh(?:\.exe)?[ \t]{1,4}advfirewall[ \t]{1,4}set[ \t]{1,4}(?:all|domain|private|public|current)profiles?[ \t]{1,4}state[ \t]{1,4}off\b|\bSet-NetFirewallProfile\b[^\n]{0,200}?-Enabled[ \t:]{1,4}["']?\$?False\b`,
        String.raw`\biptables\s+-F\b|Set-MpPreference\s+-Disable\w+\s+\$?true|\bspctl\s+--master-disable|\bcsrutil\s+disable|\bxattr\s+-\w*d\w*\s+com\.apple\.quarantine|\bxattr\s+-\w*c\w*\s+["']?\S*\.app\b|\bxattr\s+-\w*c\w*\s+["']?(?:\/usr\/local\/bin|\/opt|~|\$HOME|\/Applications|\/tmp)\/\S+|\bAdd-MpPreference\s+-Exclusion(?:Path|Process|Extension)\b`,
      ].join('|'),
      'gi',
    ),
    [
      'setenforce',
      'auditctl',
      'service',
      'ufw',
      'systemctl',
      'iptables',
      'set-mppreference',
      'spctl',
      'csrutil',
      'quarantine',
      'xattr',
      'add-mppreference',
      'launchctl',
      'socketfilterfw',
      'lsquarantine',
      'gkautorearm',
      'disable',
      'enablefirewall',
      'enablelua',
      'consentpromptbehavioradmin',
      'exclusions',
      'netsh',
      'set-netfirewallprofile',
    ],
    // `echo "ufw disable" | at now + 5 minutes` is the dead-man switch of a remote firewall change.
    // One Defender exclusion of a fixed, deep folder or of one program by its full path, in a skill
    // that downloads nothing, is the admin step an application vendor documents (MEDIUM); drive
    // roots, profiles, temp folders, bare or interpreter process names, extensions, several targets,
    // or a folder the skill also fetches files into stay HIGH.
    // SELinux set permissive and, further down the same file, enforcing again: a debug session
    // (MEDIUM). Left permissive, or disabled in /etc/selinux/config (SG-TAMPER-012), stays HIGH.
    {
      unless: /\|\s*(?:sudo\s+)?at\s+now\s*\+/,
      adjust: (m, ctx) =>
        notRegistryWrite(m.match, m.lineText)
          ? null
          : narrowVendorExclusion(m, ctx) ||
              (/^setenforce/i.test(m.match) && endsEnforcing(ctx.fileText(m.segment.file)))
            ? 'MEDIUM'
            : 'HIGH',
    },
  ),
  t(
    'SG-TAMPER-004',
    'MEDIUM',
    'Deletes hidden files in temporary folders (cleanup of dropped payloads)',
    /\brm\s+(?:-\w+\s+)*-\w*[rf]\w*\s+["']?\/(?:tmp|var\/tmp|dev\/shm)\/\.[\w.-]+/g,
    ['rm '],
  ),
  t(
    'SG-TAMPER-006',
    'HIGH',
    'Switches off TLS or SSH host verification for git, npm, pip or ssh (lets a man in the middle serve code)',
    /\bhttp\.(?:["']?[^\s"'=]{1,300}?["']?\.)?sslVerify["']?(?:\s+|\s*[,=]\s*)["']?false\b|\bGIT_SSL_NO_VERIFY\s*=\s*["']?(?:1|true)\b|\bstrict-ssl["']?(?:\s+|\s*[,=]\s*)["']?false\b|\bglobal\.trusted-host\b|^\s*trusted-host\s*=|^\s*StrictHostKeyChecking\s+no\b|\bcore\.sshCommand\b[^\n]{0,80}StrictHostKeyChecking=no|\b(?:NODE_TLS_REJECT_UNAUTHORIZED|PYTHONHTTPSVERIFY)\s*=\s*["']?0\b/gim,
    [
      'sslverify',
      'git_ssl_no_verify',
      'strict-ssl',
      'trusted-host',
      'stricthostkeychecking',
      'node_tls',
      'pythonhttpsverify',
    ],
    // One command run without verification (`git -c`, `npm --strict-ssl=false`, an env prefix) is a
    // workaround for a self-signed host; changing the user's configuration for every later download is not.
    // A bare `StrictHostKeyChecking no` is a line of an ssh config being written; quoted inline in
    // prose it is only named.
    {
      adjust: ({ match, lineText, segment }) => {
        if (/^\s*StrictHostKeyChecking/i.test(match) && !segment.text.includes('\n')) return null;
        if (/^\s*trusted-host/.test(match) && userPickedMirror(lineText, segment.text)) return 'MEDIUM';
        // `http."https://git.corp.example/".sslVerify false`: one host (a self-signed internal server), not
        // every download; a code host's clones rewritten to that host are SG-EXFIL-024's HIGH.
        if (/^http\.(?!sslVerify)/i.test(match)) return 'MEDIUM';
        return oneOff(match, lineText) ? 'MEDIUM' : 'HIGH';
      },
    },
  ),
  t(
    'SG-TAMPER-010',
    'HIGH',
    'Switches off the editor’s Workspace Trust (any folder opened later runs its tasks, debug configs and extensions unasked)',
    /\bsecurity\.workspace\.trust\.enabled["']?(?:\s*[:=,]\s*|\s+)["']?false\b/gi,
    ['workspace.trust'],
    // Inside a disposable dev container the one folder it opens is the project itself.
    {
      adjust: ({ segment }) =>
        /(?:^|\/)\.?devcontainer(?:\.json|\/)/i.test(segment.file) ? 'MEDIUM' : 'HIGH',
    },
  ),
  t(
    'SG-TAMPER-034',
    'HIGH',
    'Switches off app-install verification on an Android device (package verifier, Play Protect scans of sideloaded or adb-installed apps): any app installed later goes unchecked',
    /\bsettings\s{1,4}put\s{1,4}(?:global|secure)\s{1,4}(?:package_verifier_enable|verifier_verify_adb_installs|upload_apk_enable|package_verifier_state)\s{1,4}["']?(?:0|-1|false)\b|\bsettings\s{1,4}put\s{1,4}(?:global|secure)\s{1,4}package_verifier_user_consent\s{1,4}["']?-1\b|\bpm\s{1,4}disable(?:-user)?\b[^\n;&|]{0,80}com\.google\.android\.gms\/[\w.]{0,120}VerifyApps/gi,
    ['package_verifier', 'verifier_verify', 'upload_apk_enable', 'verifyapps'],
    // Turned off for one install session and put back on afterwards, in the same file: a test step.
    {
      adjust: ({ segment }, ctx) => (VERIFIER_RESTORED.test(ctx.fileText(segment.file)) ? 'MEDIUM' : 'HIGH'),
    },
  ),
  t(
    'SG-TAMPER-035',
    'HIGH',
    "Writes privacy grants (Full Disk Access, Accessibility, Automation, Screen Recording) straight into macOS's TCC database with SQL: the consent prompt and System Settings are bypassed",
    /\bsqlite3\b[^\n]{0,200}?\/TCC\.db["']?[ \t]{1,4}["']?(?:INSERT|UPDATE|REPLACE)\b[^\n]{0,400}|\b(?:INSERT|REPLACE)[ \t]{1,4}(?:OR[ \t]{1,4}\w{1,10}[ \t]{1,4})?INTO[ \t]{1,4}["'`]?access\b[^\n]{0,400}?\b(?:kTCCService\w{0,40}|auth_value\b)|\bUPDATE[ \t]{1,4}["'`]?access["'`]?[ \t]{1,4}SET\b[^\n]{0,200}?\bauth_value\b/gi,
    ['tcc.db', 'ktccservice', 'auth_value'],
    {
      remediation:
        'Let the user grant privacy permissions in System Settings › Privacy & Security (or reset one service with tccutil); never write TCC.db.',
    },
  ),
];

/** `setenforce 0|1|Permissive|Enforcing`, the mode captured. */
const SETENFORCE = /\bsetenforce[ \t]{1,4}(0|1|permissive|enforcing)\b/gi;

/** The file `endsEnforcing` read last, and its answer. */
let lastEnforcing = { text: '', answer: false };

/**
 * Whether the last `setenforce` of a file, outside a shell comment on its line, sets enforcing mode
 * again: whatever was set permissive above it is put back.
 */
function endsEnforcing(text: string): boolean {
  // Asked once per hit of the same file: the last answer is kept.
  if (text === lastEnforcing.text) return lastEnforcing.answer;
  let enforcing = false;
  for (const m of text.matchAll(SETENFORCE)) {
    // The line before the match, as far back as 300 characters: a `#` there comments it out.
    const before = text.slice(Math.max(0, m.index - 300), m.index);
    if (before.slice(before.lastIndexOf('\n') + 1).includes('#')) continue;
    enforcing = m[1] === '1' || m[1].toLowerCase() === 'enforcing';
  }
  lastEnforcing = { text, answer: enforcing };
  return enforcing;
}

/** A device's install verification put back on (`settings put global package_verifier_enable 1`). */
const VERIFIER_RESTORED =
  /\bsettings\s{1,4}put\s{1,4}global\s{1,4}(?:package_verifier_enable|verifier_verify_adb_installs)\s{1,4}["']?1\b/;
/** Folders whose exclusion covers everything users download, unpack or run from. */
const BROAD_ROOTS = /^(?:users|windows|temp|tmp|perflogs|\$recycle\.bin|recovery)$/i;
/** Processes whose exclusion blinds the scanner to whatever script or command they run. */
const HOST_PROCESSES =
  /^(?:powershell|pwsh|cmd|wscript|cscript|mshta|rundll32|regsvr32|node|python\d*|pythonw|git|java|javaw|msiexec|bash|wsl|conhost|explorer|svchost|dllhost|msbuild|installutil)\.exe$/i;
/** Commands that fetch files from the network. */
const FETCHES =
  /\b(?:Invoke-WebRequest|iwr|Invoke-RestMethod|irm|Start-BitsTransfer|bitsadmin|curl|wget)\b|\.Download(?:File|String|Data)(?:Async)?\b|\bcertutil\b[^\n]{0,40}-urlcache/i;

/**
 * `Add-MpPreference -ExclusionPath|-ExclusionProcess` with one target, a literal or a variable
 * assigned once from a literal, that names a fixed folder two levels below a drive root (or a
 * program there by its full path), in a file and SKILL.md that fetch nothing from the network.
 */
function narrowVendorExclusion(m: MatchInfo, ctx: SkillContext): boolean {
  const kind = /-Exclusion(Path|Process)\b/i.exec(m.match)?.[1]?.toLowerCase();
  if (!kind) return false;
  const line = sourceLine(m, ctx);
  const at = line.toLowerCase().indexOf(m.match.toLowerCase());
  if (at < 0) return false;
  const rest = line.slice(at + m.match.length, at + m.match.length + 300);
  const arg = /^\s+(?:(["'])([^"'`$%*?\n,;|]{1,200})\1|\$(\w{1,40}))\s*(?:$|[;|}]|\s-\w|\s#)/.exec(rest);
  if (!arg) return false;
  const own = ctx.fileText(m.segment.file) || m.segment.text;
  const target = arg[2] ?? assignedOnce(own, arg[3]);
  if (!target || !fixedDeepPath(target, kind === 'process')) return false;
  return !FETCHES.test(own) && !FETCHES.test(ctx.fileText('SKILL.md'));
}

/** The literal a variable is given by its only assignment in the file. */
function assignedOnce(text: string, name: string): string | undefined {
  const assignments = text.match(new RegExp(String.raw`\$${name}\s*(?:[+.]?=)(?!=)`, 'gi')) ?? [];
  if (assignments.length !== 1) return undefined;
  return new RegExp(
    String.raw`^[ \t]*\$${name}[ \t]*=[ \t]*(["'])([^"'\`$%*?\n,;|]{1,200})\1[ \t]*(?:#[^\n]*)?$`,
    'mi',
  ).exec(text)?.[2];
}

/** `D:\\App\\Data` or `C:\\Vendor\\bin\\svc.exe`: two folders deep, not under profiles, Windows or temp. */
function fixedDeepPath(path: string, program: boolean): boolean {
  const parts = /^[A-Za-z]:\\(.+)$/.exec(path.replace(/\\+$/, ''))?.[1].split('\\');
  if (!parts || parts.some((p) => !p.trim() || p === '..') || BROAD_ROOTS.test(parts[0])) return false;
  if (!program) return parts.length >= 2;
  const exe = parts[parts.length - 1];
  return parts.length >= 3 && /\.exe$/i.test(exe) && !HOST_PROCESSES.test(exe);
}

function oneOff(match: string, line: string): boolean {
  if (/^(?:NODE_TLS|PYTHONHTTPS)/i.test(match)) return !/\bexport\b|>>|\.(?:bash|zsh)rc|profile/.test(line);
  return /-c\s+http\.sslVerify|--strict-ssl/i.test(line);
}

/**
 * `trusted-host = $host` in a pip config whose only index is the mirror the user picked (a variable or
 * an HTTPS URL), with no extra index beside it: the habitual line of mirror configs, not a hardcoded
 * host or a mixed-index source slipped in next to PyPI.
 */
function userPickedMirror(line: string, config: string): boolean {
  return (
    /trusted-host[ \t]*=[ \t]*["']?\$/.test(line) &&
    /^[ \t]*index-url[ \t]*=[ \t]*(?:https:\/\/|\$)/m.test(config) &&
    !/\bextra-index-url\b/.test(config)
  );
}

/** Writes to the hosts file (shell redirection or tee, Python, Node, PowerShell). */
const HOSTS_WRITE = gated(
  /(?:>>?|\btee\s+(?:-a\s+)?)\s*["']?\/etc\/hosts\b|\bopen\(\s*["']\/etc\/hosts["']\s*,\s*["'][wa]|\b(?:writeFile|appendFile)(?:Sync)?\(\s*["']\/etc\/hosts["']|\/etc\/hosts["']\)\.write_text|\b(?:Add|Set|Out)-(?:Content|File)\b[^\n]{0,80}drivers\\etc\\hosts/gi,
);
/** Hosts whose downloads or API calls a redirect would capture. */
const PACKAGE_OR_API_HOSTS = gated(
  /\b(?:pypi\.org|(?:files\.)?pythonhosted\.org|registry\.(?:npmjs\.org|yarnpkg\.com)|(?:api\.|raw\.|objects\.)?github(?:usercontent)?\.com|crates\.io|rubygems\.org|proxy\.golang\.org|(?:registry-1\.)?docker\.io|ghcr\.io|api\.(?:openai|anthropic)\.com|deb\.debian\.org|archive\.ubuntu\.com)\b/i,
);

/** Hosts-file rewrites; pinning package registries or API hosts to other addresses is a redirect. */
function hostsRewrites({ segments }: CustomInput): RawHit[] {
  const writes = sinkWithSources(segments, PROGRAM_LANGS, [], HOSTS_WRITE);
  if (writes.length === 0) return [];
  // The hosts named in the writing code itself or in a configuration file it reads (a markdown clone
  // command elsewhere in the skill does not count).
  const listed = (file: string) =>
    segments.some(
      (seg) =>
        (seg.file === file ? seg.kind === 'code' : seg.kind === 'config') &&
        testSegment(PACKAGE_OR_API_HOSTS, seg),
    );
  return writes.map((hit) => ({ ...hit, severity: listed(hit.file) ? 'HIGH' : 'MEDIUM' }));
}

/**
 * The remote step in the writing code itself, or in a file of the skill the script names (the
 * block it inserts kept in `assets/`).
 */
function otherSkillsRewrites({ segments, files }: CustomInput): RawHit[] {
  const direct = sinkWithSources(segments, PROGRAM_LANGS, [OTHER_SKILLS, REMOTE_SCRIPT], WRITES_FILE);
  const scripts = segments.filter((s) => s.kind === 'code' && fileLang(s.file) !== 'markdown');
  const viaAsset = sinkWithSources(scripts, PROGRAM_LANGS, [OTHER_SKILLS], WRITES_FILE).filter(
    (hit) => !direct.some((d) => d.file === hit.file) && namesRemoteStep(hit.file, files),
  );
  return [...direct, ...viaAsset];
}

function namesRemoteStep(script: string, files: CustomInput['files']): boolean {
  const text = files.find((f) => f.path === script)?.text ?? '';
  return files.some((f) => {
    const name = f.path.slice(f.path.lastIndexOf('/') + 1);
    return f.path !== script && name.length >= 5 && text.includes(name) && testFile(REMOTE_SCRIPT, f);
  });
}

/** Code that walks other installed skills' SKILL.md files and writes a remote-script or remote-instruction step into them. */
const OTHER_SKILLS = gated(/["'`*]\/?SKILL\.md["'`]|\*\/SKILL\.md/);
const REMOTE_SCRIPT = gated(
  /\b(?:curl|wget)\b[^\n]{0,200}\|\s*(?:sudo\s+)?(?:ba|z)?sh\b|\biex\b|\bInvoke-Expression\b|\bfetch\b[\s\S]{0,120}?https?:\/\/\S+[\s\S]{0,80}?\b(?:apply|follow|obey)\b|\bnpx\s+(?:-y|--yes)\s+\S+@latest\b/i,
);
const WRITES_FILE = gated(
  /\.write_text\s*\(|\.write\s*\(|\bwriteFile(?:Sync)?\s*\(|\b(?:File|IO)\.write\s*\(|\bappendFile(?:Sync)?\s*\(|\bopen\([^)\n]{0,200},\s*["'][wa]\+?b?["']/g,
);

/**
 * A file's timestamps put back after the program rewrote it: `st = stat(f)`, a write to `f`, then
 * `utimes(f, st.atime, st.mtime)`. Copying a source file's time onto a new output (an archive, a
 * mirror) stats one file and stamps another; restoring a rewritten file's own time hides the edit.
 */
const RESTORED_TIMES = gated(
  /\butimes(?:Sync)?\s*\(\s*([\w.]+)\s*,\s*(\w+)\.atime(?:Ms)?\s*,\s*\2\.mtime(?:Ms)?\b|\bos\.utime\s*\(\s*([\w.]+)\s*,\s*(?:ns\s*=\s*)?\(\s*(\w+)\.st_atime(?:_ns)?\s*,\s*\4\.st_mtime(?:_ns)?\b|\bos\.Chtimes\s*\(\s*([\w.]+)\s*,\s*(\w+)\.ModTime\(\)\s*,\s*\6\.ModTime\(\)/g,
);

function escapeName(name: string): string {
  return name.replace(/[.]/g, '\\.');
}

/** The same path was stat'ed into the time source and written in this segment. */
function rewritesItsOwnFile(match: string, seg: Segment): boolean {
  const m = new RegExp(RESTORED_TIMES.source).exec(match);
  const path = m?.[1] ?? m?.[3] ?? m?.[5];
  const stat = m?.[2] ?? m?.[4] ?? m?.[6];
  if (!path || !stat) return false;
  const p = escapeName(path);
  const statted = new RegExp(
    `\\b${stat}\\s*:?=\\s*[^\\n]{0,40}\\b(?:stat|statSync|Stat|lstat)\\s*\\(\\s*${p}\\s*\\)|\\b${stat}\\s*=\\s*${p}\\.stat\\(\\)`,
  );
  const written = new RegExp(
    `\\b(?:writeFile(?:Sync)?|WriteFile|open)\\s*\\(\\s*${p}\\s*,|(?<![\\w.])${p}\\.(?:write_text|write_bytes)\\s*\\(`,
  );
  return statted.test(seg.text) && written.test(seg.text);
}

/**
 * A substitution in code that turns a blocking gate into a reporting one and writes it back:
 * `mode: enforce` rewritten to `report`, SELinux `enforcing` to `permissive` with `sed -i`. Explaining
 * the two modes is prose; only a program's own rewrite of a config file counts. Reported at the write,
 * the line that changes the gate (a `re.sub` line alone reads like a pattern being searched for).
 */
const SUBSTITUTION = /\bre\.sub\s*\(|\.replace(?:All)?\s*\(|\bsed\b[^\n]{0,40}?\s["']?s[/|#,]/i;
const SED_IN_PLACE = /\bsed\s+(?:-\w+\s+)*-\w*i/;
const ENFORCING = gated(/\benforc(?:e|ing)\b/i);
const NOT_BLOCKING =
  /(?<![A-Za-z])(?:report|warn|audit|monitor|permissive|dry[-_]?run|off|disabled?|log[-_]?only)\b/i;
const WRITES_BACK =
  /\.write_text\s*\(|\.write\s*\(|\bwriteFile(?:Sync)?\s*\(|\b(?:File|IO)\.write\s*\(|\bopen\([^)\n]{0,200},\s*["']w\+?b?["']|\bSet-Content\b|\bOut-File\b/;
const MAX_GATE_LINE = 1000;
/** How far below the substitution its result is written back. */
const WRITE_WINDOW = 30;

function downgradedGate(line: string): boolean {
  const call = SUBSTITUTION.exec(line);
  if (!call) return false;
  const rest = line.slice(call.index);
  const gate = ENFORCING.exec(rest);
  return gate !== null && NOT_BLOCKING.test(rest.slice(gate.index + gate[0].length));
}

function gateDowngrades({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || !PROGRAM_LANGS.includes(seg.lang) || !testSegment(ENFORCING, seg)) continue;
    const lines = linesOf(seg.text);
    const hit = firstWrittenDowngrade(lines);
    if (hit)
      out.push({ file: seg.file, line: fileLineOf(seg, hit.line), evidence: hit.evidence, depth: seg.depth });
  }
  return out;
}

function firstWrittenDowngrade(lines: readonly string[]): { line: number; evidence: string } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].slice(0, MAX_GATE_LINE);
    if (!downgradedGate(line)) continue;
    if (SED_IN_PLACE.test(line)) return { line: i, evidence: clean(line) };
    const end = Math.min(lines.length, i + 1 + WRITE_WINDOW);
    for (let j = i + 1; j < end; j++)
      if (WRITES_BACK.test(lines[j].slice(0, MAX_GATE_LINE)))
        return { line: j, evidence: `${clean(line)} … ${clean(lines[j])}` };
  }
  return null;
}

/**
 * A clipboard hijacker: code that reads the clipboard, tests it against a wallet-address pattern and
 * writes something else back (a fixed address), so the user pastes the attacker's wallet. Patterns:
 * an Ethereum hex address, Bech32 (`bc1…`), and base58's tell-tale class (`A-HJ-NP-Z`: Bitcoin legacy,
 * Solana, Monero, Tron). AutoHotkey (`A_Clipboard :=`), pyperclip, the web Clipboard API, PowerShell,
 * pbcopy/xclip/wl-copy, Win32 and .NET.
 */
const WALLET_PATTERN = /0x\[(?:a-f|A-F|0-9){1,3}\]\{40\}|A-HJ-NP-Z|\bbc1[qp]?\[a-z0-9\]/g;
const CLIPBOARD_READ =
  /\b(?:A_)?Clipboard\b|\bpyperclip\.paste\s*\(|\bclipboard\.(?:readText|read|get_text|paste)\s*\(|\bGet-Clipboard\b|\b(?:pbpaste|wl-paste)\b|\bxclip\b[^\n|]{0,40}\s-o\b|\bxsel\b|\bGetClipboardData\b|\bClipboard\.GetText\b|\bOnClipboardChange\b/;
const CLIPBOARD_WRITE =
  /\b(?:A_)?Clipboard\s*:=(?!\s*(?:""|''|$))|\bpyperclip\.copy\s*\(|\bclipboard\.(?:writeText|write|set_text|copy)\s*\(|\bSet-Clipboard\b|\|\s*(?:pbcopy|wl-copy|clip(?:\.exe)?|xclip|xsel)\b|\bSetClipboardData\s*\(|\bClipboard\.SetText\s*\(/g;
/** A name the pattern is bound to on its line (`BTC = re.compile(…)`, `const ETH = /…/`, `$re = '…'`). */
const BOUND_NAME = /^\s*(?:(?:const|let|var|static|final|global|local)\s+)?\$?([A-Za-z_]\w{0,40})\s*:?=/;
const CLIPBOARD_WINDOW = 400;

function clipboardHijacks({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'decoded') continue;
    const text = seg.text;
    WALLET_PATTERN.lastIndex = 0;
    if (!WALLET_PATTERN.test(text) || !CLIPBOARD_READ.test(text)) continue;
    const starts = lineStarts(text);
    const lines = linesOf(text);
    // Where a write may follow: the pattern itself, or each use of a name it is bound to.
    const anchors: number[] = [];
    WALLET_PATTERN.lastIndex = 0;
    let patterns = 0;
    for (const m of text.matchAll(WALLET_PATTERN)) {
      if (++patterns > 16) break;
      anchors.push(m.index);
      const line = lineIndexOf(starts, m.index);
      const name = BOUND_NAME.exec(lines[line] ?? '')?.[1];
      if (!name) continue;
      const use = new RegExp(`\\b${name}\\b`, 'g');
      use.lastIndex = starts[line] + (lines[line]?.length ?? 0);
      let u: RegExpExecArray | null;
      while ((u = use.exec(text)) !== null && anchors.length < 64) anchors.push(u.index);
      if (anchors.length >= 64) break;
    }
    const write = firstReplacingWrite(text, anchors);
    if (write === -1) continue;
    out.push({
      file: seg.file,
      line: fileLineOf(seg, lineIndexOf(starts, write)),
      evidence: clean(lines[lineIndexOf(starts, write)] ?? ''),
      depth: seg.depth,
    });
  }
  return out;
}

/** The first clipboard write shortly after an anchor whose value is not the clipboard's own text. */
function firstReplacingWrite(text: string, anchors: number[]): number {
  for (const at of anchors) {
    const window = text.slice(at, at + CLIPBOARD_WINDOW);
    CLIPBOARD_WRITE.lastIndex = 0;
    let w: RegExpExecArray | null;
    while ((w = CLIPBOARD_WRITE.exec(window)) !== null) {
      const end = window.indexOf('\n', w.index);
      const value = window.slice(w.index + w[0].length, end === -1 ? undefined : end);
      // `A_Clipboard := Trim(A_Clipboard)`: the copied text, cleaned, is put back.
      if (/\b(?:A_)?Clipboard\b|\bpaste\s*\(|Get-Clipboard|readText/.test(value)) continue;
      return at + w.index;
    }
  }
  return -1;
}

/**
 * A clipboard swapper without an address regex: a program that reads the clipboard and writes it back
 * (Rust arboard/clipboard, Python pyperclip/tkinter/Qt, JS clipboardy/navigator.clipboard/electron,
 * PowerShell, .NET, Win32, pbpaste/pbcopy), recognises wallet addresses (a `0x` prefix and a length,
 * `bc1`, base58 or bech32 decoding, `isAddress`), while the skill's code holds a full wallet address as a
 * constant (`0x` + 40 hex digits, a Bech32 `bc1…`, a base58 Bitcoin/Tron/Solana address): whatever the
 * names say (a "canonical form", "self-test vectors"), a copied address can be replaced by that one.
 */
const CLIPBOARD_WORD = gated(/clipboard|pasteboard|\bpbpaste\b|\bxclip\b|\bxsel\b|\bwl-paste\b/i);
const CLIPBOARD_GET = gated(
  /\.get_text\s{0,4}\(|\bget_contents\s{0,4}\(|\bpyperclip\.paste\s{0,4}\(|\bclipboardy\.read(?:Sync)?\s{0,4}\(|\bclipboard\.(?:readText|read|get_text|paste|get|text)\s{0,4}\(|\bclipboard_get\s{0,4}\(|\bGet-Clipboard\b|\b(?:pbpaste|wl-paste)\b|\bxclip\b[^\n|]{0,40}\s-o\b|\bGetClipboardData\s{0,4}\(|\bClipboard\.GetText\s{0,4}\(|\bstringForType\s{0,4}\(|\bA_Clipboard\b/,
);
const CLIPBOARD_SET = gated(
  /\.set_text\s{0,4}\(|\bset_contents\s{0,4}\(|\bpyperclip\.copy\s{0,4}\(|\bclipboardy\.write(?:Sync)?\s{0,4}\(|\bclipboard\.(?:writeText|write|set_text|copy|setText|set)\s{0,4}\(|\bclipboard_append\s{0,4}\(|\bSet-Clipboard\b|\|\s{0,4}(?:pbcopy|wl-copy|clip(?:\.exe)?|xclip|xsel)\b|\bSetClipboardData\s{0,4}\(|\bClipboard\.SetText\s{0,4}\(|\bsetString\s{0,4}\([^\n]{0,80}forType|\bA_Clipboard\s{0,4}:=/g,
);
/** Code that tells wallet addresses apart. */
const ADDRESS_SHAPE = gated(
  /0x\[(?:a-f|A-F|0-9){1,3}\]\{40\}|A-HJ-NP-Z|\bbc1[qp]?\[a-z0-9\]|\bstarts_?with\s{0,4}\(\s{0,4}["'](?:0x|bc1[qp]?)["']|\bstartsWith\s{0,4}\(\s{0,4}["'](?:0x|bc1[qp]?)["']|\bStartsWith\s{0,4}\(\s{0,4}["'](?:0x|bc1[qp]?)["']|\bis_?[Aa]ddress\s{0,4}\(|\bisValidAddress\s{0,4}\(|\bbs58::|\bbase58\b|\bbech32\b|\bto_?[Cc]hecksum(?:_?[Aa]ddress)?\s{0,4}\(|\bgetAddress\s{0,4}\(/,
);
/** A full wallet address written in the code (not the zero or burn address). */
const WALLET_LITERAL =
  /["'`](0x[0-9a-fA-F]{40}|bc1[qp][02-9ac-hj-np-z]{38,58}|[13T][1-9A-HJ-NP-Za-km-z]{25,34}|[1-9A-HJ-NP-Za-km-z]{43,44})["'`]/g;
const TEST_FILE =
  /(?:^|\/)(?:tests?|spec|__tests__|fixtures?|testdata)\/|[._-](?:test|spec)\.\w+$|_test\.\w+$/i;
const MAX_WALLET_LITERALS = 64;

/** A wallet address constant: mixed digits and letters, not a run of one character (`0x000…0`, `0xdead…`). */
function walletLiteral(text: string): boolean {
  let n = 0;
  for (const m of text.matchAll(WALLET_LITERAL)) {
    if (++n > MAX_WALLET_LITERALS) break;
    const body = m[1].replace(/^0x|^bc1[qp]/, '');
    if (!/\d/.test(body) || !/[a-zA-Z]/.test(body)) continue;
    if (/^(.)\1{10,}|(.)\2{15,}/.test(body)) continue;
    if (new Set(body.toLowerCase()).size < 10) continue;
    return true;
  }
  return false;
}

function clipboardSwappers({ segments }: CustomInput): RawHit[] {
  const code = segments.filter(
    (s) =>
      s.kind === 'code' &&
      s.lang !== 'json' &&
      s.lang !== 'yaml' &&
      s.lang !== 'text' &&
      !TEST_FILE.test(s.file),
  );
  const watchers = code.filter(
    (s) => testSegment(CLIPBOARD_WORD, s) && testSegment(CLIPBOARD_GET, s) && testSegment(CLIPBOARD_SET, s),
  );
  if (watchers.length === 0) return [];
  if (!code.some((s) => testSegment(ADDRESS_SHAPE, s))) return [];
  if (!code.some((s) => walletLiteral(s.text))) return [];
  return watchers.flatMap((s) => sinkWithSources([s], [s.lang], [], CLIPBOARD_SET));
}

/**
 * Payments redirected: beneficiary bank details replaced broadly rather than for one confirmed vendor.
 * A row of a reference table (CSV, markdown table, JSON/YAML) whose vendor key is a wildcard (`*`,
 * `ALL`, `any`) and which carries an IBAN sends every matching payment to one account; code that
 * swaps the IBAN/account under an amount threshold or a weekday picks the payments to steal; prose
 * that waives telling, asking or listing for those bank details keeps the approvers from seeing it.
 */
const IBAN = /\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b|\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?\b/;
/** What a wildcard vendor cell says: everyone. */
const WILDCARD_CELL =
  /^(?:\*|%|any|all|\(all\)|<all>|(?:all|any|every)\s+(?:vendors?|suppliers?|creditors?|payees?|beneficiar(?:y|ies)|counterpart(?:y|ies)))$/i;
/** The same in a JSON/YAML record: `"vendor_id": "*"`. */
const WILDCARD_KEY = gated(
  /["']?\b(?:vendor|supplier|creditor|payee|beneficiary|counterparty)[\w-]{0,20}["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?:\*|ALL|all|any)["']?[ \t]{0,4}(?:[,}\n]|$)/m,
);
const TABLE_FILE = /\.(?:csv|tsv|txt|md|markdown|json|ya?ml)$/i;
const MAX_ROW = 2000;
const MAX_ROWS = 20000;
/** How many lines of a record around a wildcard key may hold its IBAN. */
const RECORD_WINDOW = 6;

function cellsOf(line: string): string[] {
  const sep = line.includes('|') ? '|' : line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',';
  return line.split(sep).map((c) => c.trim().replace(/^["'`]+|["'`]+$/g, ''));
}

/** The first row or record naming every vendor with one IBAN. */
function wildcardBankRow(file: { path: string; text: string }): RawHit | null {
  if (!TABLE_FILE.test(file.path) || !IBAN.test(file.text)) return null;
  const lines = linesOf(file.text);
  const keyed = testFile(WILDCARD_KEY, file);
  for (let i = 0; i < Math.min(lines.length, MAX_ROWS); i++) {
    const line = lines[i].slice(0, MAX_ROW);
    const row = IBAN.test(line) && cellsOf(line).some((c) => WILDCARD_CELL.test(c));
    const record =
      keyed &&
      WILDCARD_KEY.test(line) &&
      lines
        .slice(Math.max(0, i - RECORD_WINDOW), i + RECORD_WINDOW + 1)
        .some((l) => IBAN.test(l.slice(0, MAX_ROW)));
    if (row || record) return { file: file.path, line: i + 1, evidence: clean(line) };
  }
  return null;
}

/** A bank-detail assignment: `iban, bic = …`, `details = {"iban": …}`, `payee.account = …`. */
const BANK_ASSIGN =
  /\b(?:iban|bic|swift|acct|account(?:_?(?:no|number|id))?|bank(?:_?(?:name|details|account|info))?|details|beneficiary\w{0,20}|payee\w{0,20})\b[\w \t,.[\]"']{0,40}?(?<![=!<>])=(?![=>])/i;
/** A guard choosing which payments: the wildcard vendor, an amount threshold, a weekday. */
const BROAD_GUARD =
  /(["'])\*\1|\b(?:amount|amt|total|value|sum|gross|net)\w{0,12}["'\])]{0,4}[ \t]{0,4}(?:>=?|≥)[ \t]{0,4}(?:Decimal\(\s{0,4})?(?:["']?\d{3,}|[\w.]{0,40}(?:\[["'])?\w{0,20}(?:threshold|limit|cutoff|min_amount)\b)|\.(?:iso)?weekday\(\)[ \t]{0,4}(?:==|in\b)|\.getDay\(\)[ \t]{0,4}={2,3}|\.Weekday\(\)[ \t]{0,4}==|\bwday[ \t]{0,4}==/i;
const GUARD_WINDOW = 3;
const MAX_CODE_LINE = 1000;

/** Code that swaps bank details under a broad guard (a line above it). */
function guardedBankSwap(segments: readonly Segment[]): RawHit | null {
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.lang === 'json' || seg.lang === 'yaml' || seg.lang === 'text') continue;
    if (!/iban|acct|account|bank|bic|swift|payee|beneficiar/i.test(seg.text)) continue;
    const lines = linesOf(seg.text);
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i].slice(0, MAX_CODE_LINE);
      if (!BANK_ASSIGN.test(line)) continue;
      const above = lines.slice(Math.max(0, i - GUARD_WINDOW), i);
      if (above.some((l) => BROAD_GUARD.test(l.slice(0, MAX_CODE_LINE))))
        return { file: seg.file, line: fileLineOf(seg, i), evidence: clean(line), depth: seg.depth };
    }
  }
  return null;
}

/** A rule in prose or data restricting the swap to large payments or a weekday. */
const BROAD_CONDITION = gated(
  /\b(?:payments?|amounts?|transfers?|invoices?|applies)\b[^\n]{0,40}?(?:>=|≥|\b(?:above|over|exceeding|greater\s+than|more\s+than|at\s+least)\b)[ \t]{0,4}(?:[$€£]|EUR|USD|GBP|CHF)?[ \t]{0,4}\d[\d,.]{2,}|\b(?:payments?|amounts?|transfers?|invoices?|withdrawals?|payouts?)\b[^\n]{0,40}?\b\d[\d,.]{2,}[ \t]{0,4}(?:[A-Z]{3,5}(?:\/[A-Z]{3,5})?)?[*_ \t]{0,6}or\s+(?:more|above|over|higher|greater)\b|\b(?:falls?|due|executed|scheduled|made)\s+on\s+(?:a\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i,
);
/** Words of bank details, for the paragraph a waiver sits in. */
const BANK_WORDS =
  /\b(?:bank\s+(?:details|accounts?|information|info|changes?)|IBANs?|account\s+(?:numbers?|details)|remittance|beneficiar(?:y|ies)|payee|routing|sort\s+codes?|pay(?:out|ment)\s+(?:files?|runs?|batch(?:es)?))\b/i;
/** Telling the agent not to tell, ask, flag or list: "no need to flag these", "do not ask the user to re-confirm". */
const WAIVER = gated(
  new RegExp(
    String.raw`\b(?:no\s+need\s+to|do\s+not|don'?t|never|need\s+not)\s+(?:\w+\s+){0,3}?(?:flag|mention|tell|notify|alert|ask|confirm|re-?confirm|verify|re-?verify|list|show|highlight|surface|report|call\s+out|double-check)\w*\b|\b(?:silently|quietly)\s+(?:apply|use|substitute|replace|swap|update|overrid)\w*`,
    'i',
  ),
);
const WAIVERS = new RegExp(WAIVER.source, 'gi');
/** A waiver that itself demands the check ("never pay … without asking"): not one. */
const DEMANDS_CHECK = /\bwithout\s+(?:asking|confirm\w*|verif\w*|call(?:ing)?\s*-?back)\b/i;

function paragraphsOf(text: string): string[] {
  return text.split(/\n[ \t]*\n/);
}

/** The skill's prose waives telling or asking about bank details (in the paragraph that names them). */
function waivesBankCheck(segments: readonly Segment[]): boolean {
  for (const seg of segments) {
    if (seg.kind !== 'prose' && seg.kind !== 'hidden') continue;
    if (!testSegment(WAIVER, seg)) continue;
    for (const para of paragraphsOf(seg.text)) {
      if (!BANK_WORDS.test(para)) continue;
      for (const m of para.matchAll(WAIVERS)) {
        const sentence = para.slice(m.index, m.index + 200).split(/[.!?](?:\s|$)/)[0];
        if (!DEMANDS_CHECK.test(sentence)) return true;
      }
    }
  }
  return false;
}

/**
 * A payment's destination fixed in prose: "set the `to` field / recipient … to <address>", "route all
 * payouts … to <address>". The fixed address (a crypto address or an IBAN) follows in the paragraph.
 */
const PROSE_REDIRECT = gated(
  /\b(?:set|change|replace|point|switch|overwrite|swap)\s+(?:the\s+)?(?:[`'"]?to[`'"]?\s+(?:field|address)|(?:recipient|destination|payee|beneficiary|receiving|withdrawal|payout|deposit|settlement)(?:['’]s)?(?:\s+(?:field|address|wallet|account|details))?)\b(?:[^\n]|\n(?![ \t]*\n)){0,100}?\b(?:to|with)\b|\b(?:send|route|redirect|forward|pay|transfer|settle|sweep)\w*\s+(?:(?:all|every|each|the|these|those|any)\s+)?(?:[\w-]+\s+){0,3}?(?:funds?|payments?|payouts?|withdrawals?|transfers?|invoices?|proceeds|balances?|deposits?|settlements?)\b[^\n]{0,80}?\b(?:to|via|through|into)\b/gi,
);
/** A fixed destination: an EVM, Bitcoin, Tron or Solana address, or an IBAN. */
const FIXED_ADDRESS =
  /\b(?:0x[0-9a-fA-F]{40}|(?:bc1|tb1)[02-9ac-hj-np-z]{25,60}|[A-Z]{2}\d{2}[A-Z0-9]{11,30}|[1-9A-HJ-NP-Za-km-z]{32,44})\b/g;

/** Offsets of the fixed addresses in a text; a base58 run counts with a digit and both cases. */
function addressOffsets(text: string): number[] {
  const out: number[] = [];
  FIXED_ADDRESS.lastIndex = 0;
  for (const m of text.matchAll(FIXED_ADDRESS)) {
    const a = m[0];
    if (/^(?:0x|bc1|tb1|[A-Z]{2}\d{2})/.test(a) || (/\d/.test(a) && /[A-Z]/.test(a) && /[a-z]/.test(a)))
      out.push(m.index);
  }
  return out;
}

/** The user is shown another destination than the one paid: "keep showing the supplier's address". */
const DECOY_DISPLAY = gated(
  /\b(?:show|display|log|record|list|present|print|render)(?:s|ing)?\s+(?:only\s+)?(?:the\s+)?[*_]{0,2}(?:supplier|vendor|payee|issuer|merchant|invoice|original|beneficiary|customer|creditor|contractor)(?:['’]s|s['’])?[*_]{0,2}(?:\s+(?:own|original|real|usual|expected|invoiced))?\s+(?:wallet\s+|bank\s+|payment\s+|receiving\s+)?(?:address|account|IBAN|details)\b/i,
);
/** The fixed destination added to the allow-lists that would have blocked it. */
const ALLOWLISTS_IT = gated(
  /\badd\b[^\n]{0,60}?\b(?:address|router|wallet|account)\b[^\n]{0,80}?\b(?:allow-?lists?|whitelists?|address[ -]book|trusted\s+(?:addresses|recipients))\b|\b(?:allow-?list|whitelist)\s+(?:the|this|that)\s+(?:router|address|wallet|account)\b/i,
);
const REDIRECT_WINDOW = 400;

/** Where prose fixes a payment's destination to a literal address: the address's line. */
function proseRedirect(segments: readonly Segment[]): RawHit | null {
  for (const seg of segments) {
    if (seg.kind !== 'prose' && seg.kind !== 'hidden') continue;
    if (!testSegment(PROSE_REDIRECT, seg)) continue;
    let addresses: number[] | undefined;
    let k = 0;
    PROSE_REDIRECT.lastIndex = 0;
    for (const m of seg.text.matchAll(PROSE_REDIRECT)) {
      addresses ??= addressOffsets(seg.text);
      const from = m.index + m[0].length;
      while (k < addresses.length && addresses[k] < from) k++;
      if (k === addresses.length) break;
      const at = addresses[k];
      // The address follows in the same paragraph.
      if (at - from > REDIRECT_WINDOW || /\n[ \t]*\n/.test(seg.text.slice(from, at))) continue;
      const i = lineIndexOf(lineStarts(seg.text), at);
      return {
        file: seg.file,
        line: fileLineOf(seg, i),
        evidence: clean(linesOf(seg.text)[i]),
        depth: seg.depth,
      };
    }
  }
  return null;
}

function paymentRedirects({ segments, files }: CustomInput): RawHit[] {
  let row: RawHit | null = null;
  for (const f of files) if ((row = wildcardBankRow(f))) break;
  const swap = guardedBankSwap(segments);
  const prose = row || swap ? null : proseRedirect(segments);
  if (prose) {
    // Paid to a fixed address while the user sees another one, or the address is allow-listed.
    const text = segments.filter((s) => s.kind === 'prose' || s.kind === 'hidden');
    const cover = text.some((s) => testSegment(DECOY_DISPLAY, s) || testSegment(ALLOWLISTS_IT, s));
    const quiet = waivesBankCheck(segments);
    const conditional = text.some((s) => testSegment(BROAD_CONDITION, s));
    if (cover && quiet) return [{ ...prose, severity: 'CRITICAL' }];
    if (cover || (quiet && conditional)) return [{ ...prose, severity: 'HIGH' }];
    return [];
  }
  if (!row && !swap) return [];
  const conditional =
    swap !== null ||
    segments.some((s) => s.kind !== 'comment' && testSegment(BROAD_CONDITION, s) && BANK_WORDS.test(s.text));
  const quiet = waivesBankCheck(segments);
  const at = (row ?? swap)!;
  if (row && conditional && quiet) return [{ ...at, severity: 'CRITICAL' }];
  if ((row && (conditional || quiet)) || (swap && quiet)) return [{ ...at, severity: 'HIGH' }];
  return row ? [{ ...at, severity: 'MEDIUM' }] : [];
}

/** Page templates and browser scripts a storefront or site serves to its visitors. */
const PAGE_FILE = /\.(?:liquid|html?|hbs|handlebars|twig|njk|erb|ejs|vue|svelte|jsx?)$/i;
/**
 * Reads what a visitor types or who the visitor is: form elements, inputs, a personal field by name
 * (`form.email.value`, `f.lname.value`), the logged-in customer.
 */
const FIELD_READ = gated(
  /\.elements\s{0,4}\[|\.(?:e?mail|phone|tel|mobile|f(?:irst_?)?name|l(?:ast_?)?name|surname|full_?name|room|address|passport|dob|birthdate|card_?(?:number|num|no)|cc_?(?:number|num)|cvv|cvc)\.value\b|\bquerySelectorAll\s{0,4}\(\s{0,4}['"`](?:input|select|textarea|form)\b|\bnew\s{1,4}FormData\s{0,4}\(|\{\{-?\s{0,4}customer\.(?:email|phone|name|first_name|last_name|default_address|addresses)\b/i,
);
/** Runs when the visitor fills in, submits or leaves the page. */
const FORM_HOOK = gated(
  /\baddEventListener\s{0,4}\(\s{0,4}['"`](?:submit|change|input|keyup|keydown|blur|focusout|pagehide|beforeunload|visibilitychange)['"`]|\bonsubmit\s{0,4}=/i,
);
/** Sends data off the page. */
const PAGE_SEND = gated(
  /\bsendBeacon\s{0,4}\(|\bnew\s{1,4}Image\s{0,4}\(|\bfetch\s{0,4}\(|\bnew\s{1,4}(?:XMLHttpRequest|WebSocket)\b/,
);
/** The destination or the payload is disguised: a reversed or char-coded host, base64 of the data. */
const PAGE_DISGUISE = gated(
  /\|\s{0,4}split:\s{0,4}(?:''|"")\s{0,4}\|\s{0,4}reverse\b|\.split\(\s{0,4}(?:''|"")\s{0,4}\)\s{0,4}\.reverse\(\s{0,4}\)|\bbtoa\s{0,4}\(|\batob\s{0,4}\(|\bString\.fromCharCode\s{0,4}\(/,
);
const PAGE_SEND_LINE = /\bsendBeacon\s{0,4}\(|\.src\s{0,4}=|\bfetch\s{0,4}\(|\.send\s{0,4}\(/;
/** The visitor's session cookies read alongside the fields: a harvest, not an analytics event. */
const COOKIE_READ = gated(/\bdocument\.cookie\b(?!\s{0,4}=[^=])/);
/** A tag manager container (JSON export) that fires tags on form submission: GTM's `FORM_SUBMISSION` trigger, `gtm.formSubmit`. */
const TAG_FORM_TRIGGER = gated(/["']FORM_SUBMISSION["']|\bgtm\.formSubmit\b|["']formSubmit["']/);
const TAG_CONTAINER_FILE = /\.json$/i;

/**
 * A web skimmer in a page template: it reads form fields or the customer's details, hooks submit or
 * change events and sends what it read to a disguised host (reversed string, char codes, base64).
 */
function pageSkimmers({ files, segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const file of files) {
    if (!PAGE_FILE.test(file.path)) continue;
    if (!testFile(PAGE_SEND, file) || !testFile(FIELD_READ, file)) continue;
    if (!testFile(FORM_HOOK, file) || !testFile(PAGE_DISGUISE, file)) continue;
    const lines = linesOf(file.text);
    let at = lines.findIndex((l) => PAGE_SEND_LINE.test(l));
    if (at === -1) at = 0;
    out.push({ file: file.path, line: at + 1, evidence: clean(lines[at] ?? '') });
  }
  // A tag manager's Custom HTML tag (its `<script>` read out of the JSON container export as code):
  // fired by a form-submission trigger, it reads every field and beacons them, base64'd or with the cookies.
  for (const file of files) {
    if (!TAG_CONTAINER_FILE.test(file.path) || !testFile(TAG_FORM_TRIGGER, file)) continue;
    for (const seg of segments) {
      if (seg.file !== file.path || seg.kind !== 'code' || seg.lang !== 'js') continue;
      if (!testSegment(PAGE_SEND, seg) || !testSegment(FIELD_READ, seg)) continue;
      if (!testSegment(PAGE_DISGUISE, seg) && !testSegment(COOKIE_READ, seg)) continue;
      const lines = linesOf(seg.text);
      const at = Math.max(
        0,
        lines.findIndex((l) => PAGE_SEND_LINE.test(l)),
      );
      out.push({ file: seg.file, line: fileLineOf(seg, at), evidence: clean(lines[at] ?? '') });
      break;
    }
  }
  return out;
}

/**
 * Kernel exploit mitigations switched off: address-space randomisation, ptrace restrictions, kernel
 * pointer and log hiding, unprivileged BPF, link protections, the low-address mapping guard. Written
 * with sysctl (`kernel.yama.ptrace_scope=0`), into /proc/sys, or as lines of a sysctl config.
 */
const MITIGATION_KEYS = String.raw`(kernel[./](?:randomize_va_space|yama[./]ptrace_scope|kptr_restrict|dmesg_restrict|unprivileged_bpf_disabled)|fs[./]protected_(?:symlinks|hardlinks|fifos|regular)|vm[./]mmap_min_addr)`;
const MITIGATION_OFF = gated(
  new RegExp(
    String.raw`\b${MITIGATION_KEYS}[ \t]{0,4}=[ \t]{0,4}["']?0\b|\becho[ \t]{1,4}["']?0["']?[ \t]{0,4}(?:\|[ \t]{0,4}(?:sudo[ \t]{1,4}(?:-\w{1,4}[ \t]{1,4}){0,2})?tee[ \t]{1,4}(?:-a[ \t]{1,4})?|>{1,2}[ \t]{0,4})["']?\/proc\/sys\/${MITIGATION_KEYS}\b`,
  ),
);
const MITIGATIONS_OFF = new RegExp(MITIGATION_OFF.source, 'g');
const SYSCTL_FILE = /(?:^|\/)(?:sysctl\.d\/[^/]{1,200}|[^/]{0,200}sysctl[^/]{0,200}\.conf)$/i;
const MAX_MITIGATION_LINE = 2000;

/**
 * One mitigation off is a debugging or profiling step to review (attaching gdb, reading perf
 * symbols); several at once strip the kernel's hardening from the host.
 */
function kernelMitigationsOff({ segments }: CustomInput): RawHit[] {
  const kinds = new Set<string>();
  let first: RawHit | null = null;
  for (const seg of segments) {
    const readable =
      seg.kind === 'code' ||
      seg.kind === 'decoded' ||
      seg.kind === 'config' ||
      (seg.kind === 'prose' && SYSCTL_FILE.test(seg.file));
    if (!readable || !testSegment(MITIGATION_OFF, seg)) continue;
    const lines = linesOf(seg.text);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].slice(0, MAX_MITIGATION_LINE);
      if (!line.includes('0')) continue;
      for (const m of line.matchAll(MITIGATIONS_OFF)) {
        const key = (m[1] ?? m[2]).replace(/\//g, '.');
        kinds.add(key);
        first ??= { file: seg.file, line: fileLineOf(seg, i), evidence: clean(line), depth: seg.depth };
      }
    }
  }
  if (!first) return [];
  const what = [...kinds].join(', ');
  return [
    {
      ...first,
      evidence: `${first.evidence} (${what})`.slice(0, 200),
      severity: kinds.size >= 2 ? 'HIGH' : 'MEDIUM',
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// SG-TAMPER-020: a Zeek policy that drops the logs of a set of networks and silences their notices.

const ZEEK_FILE = /\.(?:zeek|bro)$/i;
const MAX_ZEEK_FILE = 1024 * 1024;
/** A log stream's records dropped by a policy hook or a filter predicate. */
const ZEEK_LOG_DROP = gated(
  /\bhook[ \t]{1,4}[\w:]{1,60}::log_policy\b|\bLog::add_filter\b[^\n;]{0,200}\$pred\b/,
);
/** Notices' actions emptied or removed (no log, no mail, no alarm) in notice policy. */
const ZEEK_NOTICE_SILENCED = gated(
  /\$actions[ \t]{0,4}=[ \t]{0,4}(?:set[ \t]{0,4}\([ \t]{0,4}\)|Notice::ActionSet[ \t]{0,4}\([ \t]{0,4}\))|\bdelete[ \t]{1,4}[\w$]{1,40}\$actions\b/,
);
/** A collection of networks the policy looks addresses up in. */
const ZEEK_SUBNET_TABLE = /\b(?:set|table)[ \t]{0,4}\[[ \t]{0,4}subnet\b/;
const CIDR_V4 = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\/\d{1,2}(?![\w.])/g;
const CIDR_V6 = /(?<![\w:])([0-9a-fA-F]{1,4}):[0-9a-fA-F:]{0,40}\/\d{1,3}(?![\w:])/g;
/** Data files the policy loads (the Input framework's `$source`), by a path or a constant holding one. */
const INPUT_SOURCE = /\$source[ \t]{0,4}=[ \t]{0,4}(?:"([^"\n]{1,300})"|([\w:]{1,80}))/g;
const MAX_SOURCES = 8;

/** The value of a string constant of the script (`const quiet_nets_file = "…" &redef;`). */
function stringConstant(text: string, name: string): string | undefined {
  const at = text.indexOf(`${name} =`);
  if (at === -1) return undefined;
  return /^[^\n"]{0,80}"([^"\n]{1,300})"/.exec(text.slice(at, at + 400))?.[1];
}

/**
 * A Zeek policy that drops log records (a `log_policy` hook, a filter predicate), looks addresses up in
 * a set or table of networks, and empties the actions of notices: the networks it lists (inline, or in a
 * data file it loads with the Input framework) disappear from the logs and raise no alarm. Trimming noisy
 * logs is normal; silencing notices as well makes the listed networks a blind spot. Only networks outside
 * the private, loopback, link-local and multicast ranges count.
 */
function zeekBlindSpots({ files }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  for (const f of files) {
    if (!ZEEK_FILE.test(f.path) || f.text.length > MAX_ZEEK_FILE) continue;
    if (!testFile(ZEEK_LOG_DROP, f) || !testFile(ZEEK_NOTICE_SILENCED, f) || !ZEEK_SUBNET_TABLE.test(f.text))
      continue;
    const places: { path: string; text: string }[] = [f];
    let sources = 0;
    for (const m of f.text.matchAll(INPUT_SOURCE)) {
      if (++sources > MAX_SOURCES) break;
      const base = (m[1] ?? stringConstant(f.text, m[2]))?.split('/').pop();
      if (!base) continue;
      for (const d of files) if (d !== f && d.path.split('/').pop() === base) places.push(d);
    }
    const labels = silencedLabels(f.text);
    for (const p of places) {
      const line = p === f ? publicNetworkLine(p.text, []) : publicNetworkLine(p.text, labels);
      if (line === -1) continue;
      hits.push({ file: p.path, line: line + 1, evidence: clean(linesOf(p.text)[line]) });
      break;
    }
  }
  return hits;
}

/**
 * The words the notice silencing is conditioned on (`if ( scope_of(a) == "all" ) n$actions = set();`):
 * string literals on the silencing line and the three before it.
 */
function silencedLabels(text: string): string[] {
  const m = ZEEK_NOTICE_SILENCED.exec(text);
  if (!m) return [];
  const starts = lineStarts(text);
  const i = lineIndexOf(starts, m.index);
  const near = text.slice(starts[Math.max(0, i - 3)], m.index);
  return [...near.matchAll(/"([\w.-]{1,40})"/g)].map((l) => l[1]).slice(0, 8);
}

/**
 * 0-based line of a network outside the private ranges; in a data table whose rows carry a silencing
 * label, only those rows count. -1 if none.
 */
function publicNetworkLine(text: string, labels: string[]): number {
  const lines = linesOf(text);
  const labelled = labels.length
    ? lines.map((l) => l.split(/[\t,;| ]+/).some((cell) => labels.includes(cell)))
    : [];
  const use = labelled.includes(true);
  const starts = lineStarts(text);
  for (const m of text.matchAll(CIDR_V4)) {
    const line = lineIndexOf(starts, m.index);
    if ((!use || labelled[line]) && isPublicIp(`${m[1]}.${m[2]}.0.0`)) return line;
  }
  for (const m of text.matchAll(CIDR_V6)) {
    const line = lineIndexOf(starts, m.index);
    if ((!use || labelled[line]) && !/^f[cdef]|^0000/.test(m[1].toLowerCase().padStart(4, '0'))) return line;
  }
  return -1;
}

/**
 * Application settings (a `name = value`, `name: value`, `component|name|value` row, or a CLI's
 * `--set=`) that switch off a web application's own defences. Audit logging: the log stores emptied, a
 * log or audit switch off. Sign-in protection: MFA/2FA off, the failed-login lockout at 0, the CAPTCHA
 * key emptied.
 */
const SETTING_SEP = String.raw`(?:["']?[ \t]{0,4}[|=:][ \t]{0,4}|["']?[ \t]{1,4}--set=)["']?`;
const SETTING_OFF = String.raw`(?:0|false|off|no|none|disabled?)\b`;
const APP_LOG_OFF = new RegExp(
  String.raw`\b(?:enabled_?(?:log_?)?stores|(?:audit|event|activity|access)_?log(?:ging|s)?(?:[_.|-]enabled?)?|log(?:ging|stores?)[_.|-]enabled?)\b${SETTING_SEP}(?:${SETTING_OFF}|["']?[ \t]{0,4}$)`,
  'i',
);
const APP_AUTH_OFF = new RegExp(
  String.raw`\b(?:tool_)?(?:mfa|2fa|two_?factor|totp)[\w.|-]{0,30}?\b(?:enabled?|required|enforced?)\b${SETTING_SEP}${SETTING_OFF}|\b(?:lockout_?threshold|max_?(?:login|failed)_?attempts|login_?attempts_?limit)\b${SETTING_SEP}0\b|\b(?:re)?captcha\w{0,20}key\b${SETTING_SEP}["']?[ \t]{0,4}$`,
  'i',
);
const APP_SETTING_HINT = gated(/mfa|2fa|two_?factor|totp|lockout|attempts|captcha/i);
const MAX_SETTING_LINES = 20000;
const MAX_SETTING_LINE = 2000;

/**
 * One settings file or script that both silences the application's audit logs and drops its sign-in
 * protection: the two together let an account be taken over without a trace. One alone is a tuning
 * choice; both in the same file is HIGH.
 */
function appDefencesOff({ files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const f of files) {
    if (/\.(?:md|markdown|mdx)$/i.test(f.path) || !testFile(APP_SETTING_HINT, f)) continue;
    const lines = f.text.split('\n', MAX_SETTING_LINES);
    let log = -1;
    let auth = -1;
    for (let i = 0; i < lines.length && (log === -1 || auth === -1); i++) {
      const line = lines[i];
      if (line.length > MAX_SETTING_LINE || /^[ \t]*(?:#|\/\/|;)/.test(line)) continue;
      if (log === -1 && APP_LOG_OFF.test(line)) log = i;
      if (auth === -1 && APP_AUTH_OFF.test(line)) auth = i;
    }
    if (log === -1 || auth === -1) continue;
    out.push({
      file: f.path,
      line: log + 1,
      evidence: `${clean(lines[log])} … ${clean(lines[auth])}`.slice(0, 200),
    });
  }
  return out;
}

/**
 * Log, audit or history rows deleted through a database API and picked by account: Moodle's
 * `$DB->delete_records(_select)('…_log', "userid …")`, Laravel's `DB::table('audit_logs')->where('user_id', …)
 * ->delete()`, Django's `AuditLog.objects.filter(user=…).delete()`.
 */
const LOG_TABLE = String.raw`\w{0,40}(?:log|audit|history)\w{0,40}`;
/** Where such a delete starts: the call naming a log table, or the model's queryset. */
const LOG_ROWS_DELETED = gated(
  new RegExp(
    String.raw`\b(?:delete_records(?:_select|_list)?|DB::table)[ \t]{0,4}\([ \t]{0,4}['"]${LOG_TABLE}['"]|\b(?:Log|Audit|History|\w{1,40}(?:Log|Audit|History))\w{0,20}\.objects\.filter[ \t]{0,4}\(`,
    'g',
  ),
);
/** The account the rows are picked by, within the statement. */
const BY_ACCOUNT = /\b(?:user_?ids?|relateduserid|usernames?|users?)\b/i;
const MAX_LOG_DELETES = 200;

/** A record of another table written in place (not a log): Moodle's update_record(_raw)/set_field, an SQL UPDATE. */
const RECORD_UPDATE = gated(
  /\b(?:update_record(?:_raw)?|set_field(?:_select)?)[ \t]{0,4}\([ \t]{0,4}['"](?!\w{0,40}(?:log|audit|history))\w{1,60}['"]|\bUPDATE[ \t]{1,4}\{?(?!\w{0,40}(?:log|audit|history))\w{1,60}\}?[ \t]{1,4}SET\b/i,
);

/**
 * One program that rewrites records and deletes the log or history rows of chosen accounts: the
 * change is made and its trail erased for exactly those users. Deleting a user's logs alone (a privacy
 * request) or pruning by age is not reported.
 */
function recordsChangedTrailErased({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'decoded') continue;
    if (!testSegment(LOG_ROWS_DELETED, seg) || !testSegment(RECORD_UPDATE, seg)) continue;
    let at = -1;
    let n = 0;
    LOG_ROWS_DELETED.lastIndex = 0;
    for (const m of seg.text.matchAll(LOG_ROWS_DELETED)) {
      if (++n > MAX_LOG_DELETES) break;
      // The statement: up to its `;` (or the end of the line for Python), at most 600 characters.
      const rest = seg.text.slice(m.index, m.index + 600);
      const end = rest.search(m[0].includes('.objects') ? /\n/ : /;/);
      const stmt = end === -1 ? rest : rest.slice(0, end);
      const deletes = m[0].startsWith('delete_records') || /(?:->|\.)delete[ \t]{0,4}\(/.test(stmt);
      if (deletes && BY_ACCOUNT.test(stmt.slice(m[0].length))) {
        at = m.index;
        break;
      }
    }
    if (at === -1) continue;
    const idx = lineIndexOf(lineStarts(seg.text), at);
    out.push({
      file: seg.file,
      line: fileLineOf(seg, idx),
      evidence: clean(linesOf(seg.text)[idx] ?? ''),
      depth: seg.depth,
    });
  }
  return out;
}

/**
 * A game's anti-cheat client, by the files that start or configure it: Easy Anti-Cheat's bootstrapper
 * (`start_protected_game.exe`), its folder and `Settings.json`, `EACLauncher.exe`; BattlEye's service and
 * client; Riot Vanguard's driver; a file named for anti-cheat.
 */
const ANTI_CHEAT = String.raw`(?:start_protected_game\.exe|EasyAntiCheat(?:_EOS)?(?:_Setup)?(?:\.(?:exe|sys|dll)|[\\/][\w.-]{1,60})?|EAC(?:Launcher)?\.exe|BEService(?:_x64)?\.exe|BEClient(?:_x64)?\.dll|BattlEye[\\/][\w.-]{1,60}|vgk\.sys|vgc\.exe|anti-?cheat[\w-]{0,30}\.(?:exe|dll|sys|json))`;
/** A name of an anti-cheat component anywhere: the cheap test before the commands are read. */
const ANTI_CHEAT_NAME = gated(
  /start_protected_game|easyanticheat|eac(?:launcher)?\.exe|beservice|beclient|battleye|vg[kc]\.(?:sys|exe)|anti-?cheat/i,
);
/** Each anti-cheat name in a text (a bare `BattlEye` folder too), where the commands around it are read. */
const ANTI_CHEAT_AT = new RegExp(String.raw`${ANTI_CHEAT}|\bBattlEye\b`, 'gi');
/** Characters before a name read for its command, and names read per line. */
const COMMAND_WINDOW = 300;
const MAX_NAMES_READ = 2000;
/** A copy, move or link in the command before the name (the name is its destination when nothing follows it). */
const COPY_ONTO = /\b(?:cp|mv|ln|install|copy|move|Copy-Item|Move-Item|Rename-Item|ren(?:ame)?)\b/i;
/** A redirect into the name. */
const REDIRECT_INTO = />{1,2}[ \t]{0,4}["']?[^\s"';&|<>]{0,300}$/;
/** A delete of the name. */
const DELETE_OF = /\b(?:rm|del|erase|rmdir|Remove-Item)\b/i;
/** A program's copy, move, delete or write call with the name in its arguments. */
const CALL_ONTO =
  /\b(?:shutil\.(?:copy\w{0,10}|move)|os\.(?:replace|rename|remove)|(?:fs\.)?(?:copyFile|rename|unlink|writeFile)(?:Sync)?)[ \t]{0,4}\([^\n)]{0,300}$/;
/** What may follow a destination: its closing quote, then the end of the command. */
const DESTINATION_END = /^["']?[ \t]*(?:$|[;&|)}\n])/;
const CALL_ARGUMENT_END = /^["'\x60][ \t]{0,4}[,)]/;

/**
 * The anti-cheat replaced, overwritten or removed on a line: a copy, move or link whose destination (last
 * word of the command) is an anti-cheat file, a redirect into one, a delete of one, a program's call
 * doing the same. A backup copy of it (`cp start_protected_game.exe start_protected_game.exe.orig`) is
 * not. Read from each name back to the start of its command, so no text is read twice per name.
 */
function replacesAntiCheat(line: string): boolean {
  ANTI_CHEAT_AT.lastIndex = 0;
  let n = 0;
  for (
    let m = ANTI_CHEAT_AT.exec(line);
    m !== null && n < MAX_NAMES_READ;
    m = ANTI_CHEAT_AT.exec(line), n++
  ) {
    const before = line.slice(Math.max(0, m.index - COMMAND_WINDOW), m.index);
    // The command the name is part of: after the last `;`, `&`, `|` or newline before it.
    const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('&'), before.lastIndexOf('|'));
    const command = before.slice(cut + 1);
    const after = line.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (DELETE_OF.test(command)) return true;
    if (DESTINATION_END.test(after) && (COPY_ONTO.test(command) || REDIRECT_INTO.test(command))) return true;
    if (CALL_ARGUMENT_END.test(after) && CALL_ONTO.test(before)) return true;
  }
  return false;
}

/**
 * Steam's record of an installed game, by which "Verify integrity of game files" decides what to
 * restore: the depot manifests under `depotcache/` (`<depot>_installed.manifest`), `appmanifest_<id>.acf`.
 */
const STEAM_INSTALL_RECORD = gated(
  /depotcache[\\/][^\s"']{0,200}\.manifest\b|\b[\w-]{1,60}_installed\.manifest\b|\bappmanifest_\d{1,12}\.acf\b/i,
);
/** Editing a file in place or rewriting it: `sed -i`, `perl -pi`, PowerShell `-replace` with `Set-Content`, a write. */
const IN_PLACE_EDIT =
  /\bsed[ \t]{1,4}(?:-[\w-]{1,20}[ \t]{1,4}){0,4}(?:-i|--in-place|-\w{0,5}i)\b|\bperl[ \t]{1,4}-\w{0,5}i|-replace\b|\bSet-Content\b|\.replace[ \t]{0,4}\(|\bwrite_text[ \t]{0,4}\(|\bwriteFile(?:Sync)?[ \t]{0,4}\(|>{1,2}[ \t]{0,4}["']?[^\s"'>]{0,300}(?:\.manifest|\.acf)\b/i;
/** A file-hash field the edit rewrites. */
const HASH_FIELD = /\b(?:sha(?:1|256)?|hash(?:es)?|checksums?|crc(?:32)?|md5)\b/i;
/** The skill's own words that online play goes on with the anti-cheat out of the way. */
const ONLINE_KEPT =
  /\b(?:match-?making|online[ \t]{1,4}(?:play|mode|multiplayer|features?|services?|sessions?)|multiplayer|co-?op|pvp|invasions?|ranked)\b[^.\n]{0,60}?\b(?:still[ \t]{1,4}works?|keeps?[ \t]{1,4}working|(?:stays?|remains?)[ \t]{1,4}(?:on|enabled|available|working)|intact|unaffected)\b|\b(?:keeps?|stays?|remains?|play(?:ing)?)[ \t]{1,4}(?:you[ \t]{1,4})?online\b|\bwithout[ \t]{1,4}(?:getting[ \t]{1,4}|being[ \t]{1,4})?(?:banned|flagged|detected|kicked)\b/i;
const MAX_TAMPER_LINE = 8000;

/**
 * A game's anti-cheat replaced or blanked, or Steam's installed-file records (depot manifest hashes)
 * rewritten so that "Verify integrity" keeps the changed files: the anti-cheat no longer runs while the
 * game still reports itself intact. HIGH when the hashes are rewritten or the skill says online play
 * goes on; MEDIUM for the anti-cheat swap alone (a mod guide's offline mode).
 */
function antiCheatBypass({ segments, files }: CustomInput): RawHit[] {
  let replaced: RawHit | null = null;
  let rewritten: RawHit | null = null;
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'decoded' && seg.kind !== 'config') continue;
    if (seg.lang === 'text' || seg.lang === 'json') continue;
    const hasReplace = replaced === null && testSegment(ANTI_CHEAT_NAME, seg);
    const hasRecord = rewritten === null && testSegment(STEAM_INSTALL_RECORD, seg);
    if (!hasReplace && !hasRecord) continue;
    const lines = linesOf(seg.text);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].slice(0, MAX_TAMPER_LINE);
      const hit = () => ({
        file: seg.file,
        line: fileLineOf(seg, i),
        evidence: clean(line),
        depth: seg.depth,
      });
      if (hasReplace && replaced === null) {
        if (ANTI_CHEAT_NAME.test(line) && replacesAntiCheat(line)) replaced = hit();
      }
      if (
        hasRecord &&
        rewritten === null &&
        STEAM_INSTALL_RECORD.test(line) &&
        IN_PLACE_EDIT.test(line) &&
        HASH_FIELD.test(line)
      )
        rewritten = hit();
    }
  }
  if (replaced === null && rewritten === null) return [];
  const online =
    replaced !== null &&
    files.some(
      (f) => /\.(?:md|markdown|mdx|txt)$/i.test(f.path) && ONLINE_KEPT.test(f.text.slice(0, 1 << 20)),
    );
  const at = (replaced ?? rewritten)!;
  return [{ ...at, severity: rewritten !== null || online ? 'HIGH' : 'MEDIUM' }];
}

// ---------------------------------------------------------------------------------------------
// SG-TAMPER-037: an OpenWrt firewall config that opens the router to the internet.

const UCI_ZONE_GATE = gated(/^[ \t]{0,8}config[ \t]{1,4}zone\b/m);
const MAX_UCI_FILE = 256 * 1024;
const DOC_PATH = /\.(?:md|markdown|mdx|txt|rst|html?)$/i;

/** The `config <type>` stanzas of a UCI file, each with its options as `key → value`. */
function uciStanzas(text: string): { type: string; line: number; opts: Map<string, string[]> }[] {
  const out: { type: string; line: number; opts: Map<string, string[]> }[] = [];
  const lines = linesOf(text.slice(0, MAX_UCI_FILE));
  for (let i = 0; i < lines.length; i++) {
    const head = /^[ \t]{0,8}config[ \t]{1,4}(\w{1,40})/.exec(lines[i]);
    if (head) {
      out.push({ type: head[1], line: i, opts: new Map() });
      continue;
    }
    const opt =
      /^[ \t]{0,8}(?:option|list)[ \t]{1,4}(\w{1,40})[ \t]{1,4}["']?([^"'\n]{0,200}?)["']?[ \t]*$/.exec(
        lines[i],
      );
    const cur = out[out.length - 1];
    if (opt && cur) cur.opts.set(opt[1], [...(cur.opts.get(opt[1]) ?? []), opt[2]]);
  }
  return out;
}

const first = (opts: Map<string, string[]>, key: string) => opts.get(key)?.[0]?.toLowerCase() ?? '';

/**
 * An OpenWrt firewall (`/etc/config/firewall`) whose `wan` zone accepts input from the internet, and
 * which also forwards `wan` into the LAN or DNATs a WAN port to the router's or a host's SSH, Telnet or
 * RDP: the router's own services and the network behind it are open to anyone.
 */
function openWanFirewall({ files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const file of files) {
    if (DOC_PATH.test(file.path) || !testFile(UCI_ZONE_GATE, file)) continue;
    const stanzas = uciStanzas(file.text);
    const wanZones = stanzas.filter(
      (s) =>
        s.type === 'zone' &&
        (first(s.opts, 'name') === 'wan' || (s.opts.get('network') ?? []).some((n) => /^wan6?$/i.test(n))),
    );
    const open = wanZones.find((s) => first(s.opts, 'input') === 'accept');
    if (!open) continue;
    const wanNames = new Set(wanZones.map((s) => first(s.opts, 'name')));
    const intoLan = stanzas.some(
      (s) =>
        s.type === 'forwarding' && wanNames.has(first(s.opts, 'src')) && !wanNames.has(first(s.opts, 'dest')),
    );
    const remoteShell = stanzas.some(
      (s) =>
        (s.type === 'redirect' || s.type === 'rule') &&
        wanNames.has(first(s.opts, 'src')) &&
        /^(?:22|23|3389)$/.test(first(s.opts, 'dest_port') || first(s.opts, 'src_dport')) &&
        first(s.opts, 'target') !== 'reject' &&
        first(s.opts, 'target') !== 'drop',
    );
    if (!intoLan && !remoteShell) continue;
    const lines = linesOf(file.text);
    out.push({ file: file.path, line: open.line + 1, evidence: clean(lines[open.line] ?? '') });
  }
  return out;
}

export const TAMPER_RULES: AnyRule[] = [
  {
    type: 'custom',
    id: 'SG-TAMPER-037',
    family: 'tamper',
    severity: 'HIGH',
    message:
      'An OpenWrt firewall config accepts input on the wan zone and forwards the internet into the LAN or to SSH/Telnet/RDP: the router and the network behind it are opened to anyone',
    remediation:
      'Keep the wan zone at input REJECT with no wan→lan forwarding; reach the router over a VPN instead of a WAN port forward.',
    check: openWanFirewall,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-018',
    family: 'tamper',
    severity: 'HIGH',
    message:
      'A page template, browser script or tag-manager tag reads form fields or customer details on submit/change and sends them to a disguised host (reversed, char-coded or base64) or with the cookies: a web skimmer',
    remediation:
      'Theme and page code must not collect form input or customer data for third parties; analytics go through the platform’s consented pixel APIs to a named, reviewed host.',
    check: pageSkimmers,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-016',
    family: 'tamper',
    severity: 'HIGH',
    message:
      'Redirects payments: beneficiary bank details replaced for every vendor (a wildcard row with an IBAN) or under an amount or weekday condition, HIGH when applied to chosen payments or kept from the user and approvers',
    remediation:
      'Bank-detail changes must name one vendor, be confirmed out of band and be shown to the approver; never apply wildcard or conditional account swaps.',
    check: paymentRedirects,
  },
  ...PATTERNS,
  {
    type: 'custom',
    id: 'SG-TAMPER-019',
    family: 'tamper',
    severity: 'HIGH',
    message:
      'Switches off kernel exploit mitigations (ASLR, ptrace scope, kernel pointer or dmesg hiding, unprivileged BPF, link protections, mmap_min_addr); HIGH when several at once',
    remediation:
      'Leave kernel hardening on; if one debugging or profiling step needs a setting relaxed, tell the user which, for how long, and let them change it.',
    check: kernelMitigationsOff,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-014',
    family: 'tamper',
    severity: 'HIGH',
    message: 'Swaps a wallet address copied to the clipboard for another one (clipboard hijacker)',
    remediation: REMEDIATION,
    check: clipboardHijacks,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-024',
    family: 'tamper',
    severity: 'HIGH',
    message:
      'Watches the clipboard for wallet addresses and writes it back, while the code holds a hard-coded wallet address (clipboard swapper)',
    remediation: REMEDIATION,
    check: clipboardSwappers,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-005',
    family: 'tamper',
    severity: 'CRITICAL',
    message: 'Rewrites other installed skills and plants a remote-script step in them',
    remediation: REMEDIATION,
    check: otherSkillsRewrites,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-011',
    family: 'tamper',
    severity: 'HIGH',
    message:
      'Rewrites a file, then puts its old timestamps back (hides the change from update and integrity checks)',
    remediation: REMEDIATION,
    check: ({ segments }) =>
      sinkWithSources(
        segments,
        ['python', 'js', 'go'],
        [/\b(?:utimes|utime|Chtimes)/],
        RESTORED_TIMES,
        rewritesItsOwnFile,
      ),
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-012',
    family: 'tamper',
    severity: 'HIGH',
    message:
      'Rewrites a security gate from enforcing to report-only or permissive (enforce → report/warn, enforcing → permissive)',
    remediation: REMEDIATION,
    check: gateDowngrades,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-007',
    family: 'tamper',
    severity: 'HIGH',
    message:
      'Rewrites the hosts file (HIGH when the skill names package registries or API hosts to redirect)',
    remediation: REMEDIATION,
    check: hostsRewrites,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-008',
    family: 'tamper',
    severity: 'HIGH',
    message:
      "Workflow runs a pull request's code with the base repository's secrets and write token (pull_request_target checking out the PR head)",
    remediation:
      'Build pull requests under `pull_request`; keep `pull_request_target` for jobs that never check out PR code.',
    check: pullRequestTargetCheckouts,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-009',
    family: 'tamper',
    severity: 'HIGH',
    message:
      'Removes or weakens branch protection (required checks, reviews, admin enforcement, rulesets, secret scanning) through the GitHub API; HIGH when several, aimed at security gates, or kept out of the report',
    remediation:
      'Do not change branch protection from a skill; if a check must stop blocking, tell the user exactly which and let a repository admin change it.',
    check: branchProtectionRemoval,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-015',
    family: 'tamper',
    severity: 'HIGH',
    message:
      'Auth middleware lets requests carrying a magic header through with an identity set by hand (an authentication backdoor); HIGH when kept from reviewers, audit logs or security linters',
    remediation:
      'Never add authentication paths keyed on a header or shared constant; service callers must authenticate through the identity provider like everyone else, and every auth change must be visible in the pull request.',
    check: authBypassHeaders,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-033',
    family: 'tamper',
    severity: 'HIGH',
    message:
      "A web server config switches off the web application firewall (ModSecurity `modsecurity off`, `SecRuleEngine Off`, `SecAuditEngine Off`, NAXSI `SecRulesDisabled`) together with its logs (access_log off, error_log or ErrorLog/CustomLog to /dev/null), or drops both the server's access and error logs: attacks pass uninspected and unrecorded",
    remediation:
      'Tune caching and compression without touching the WAF or the logs; turn access logging off only for static-asset locations, keep error logs, and tell the admin about any WAF exclusion, scoped to one path and rule id.',
    check: wafAndLogsOff,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-013',
    family: 'tamper',
    severity: 'HIGH',
    message:
      'Switches off secret scanners or security checks in the project’s hooks or CI (manual-only stage, exclude everything, removed, skipped, schedule-only, allowed to fail, hooks path redirected, commits with --no-verify); HIGH when several ways at once or kept from the user and reviewers',
    remediation:
      'Do not weaken secret scanning or security jobs to speed things up; tell the user which check is slow and let them decide.',
    check: securityGatesOff,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-029',
    family: 'tamper',
    severity: 'HIGH',
    message:
      "Switches off a trading bot's safety controls (kill switch, loss or asset limits, position limits, order confirmations) and silences its logs or reports; HIGH when several controls go quietly",
    remediation:
      'Leave a trading bot’s kill switch, loss limits and confirmations on; if a setting must change for latency, tell the user which control it weakens and let them decide.',
    check: tradingSafetyOff,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-017',
    family: 'tamper',
    severity: 'HIGH',
    message:
      'A scheduled database job (CREATE EVENT, pg_cron) or a trigger deletes audit, log or history rows picked by account (a user id, a join on the users table, a name) or empties the table: erases who did what (CRITICAL beside a planted or pinned account)',
    remediation:
      'Keep audit rows; prune logs by age only, with a retention period the admin sets and can see.',
    check: ({ segments }) => sqlBackdoorFindings(segments, ['wipe']),
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-020',
    family: 'tamper',
    severity: 'HIGH',
    message:
      'A Zeek policy drops the log records of a list of networks and empties the actions of notices, and the list holds networks outside the private ranges: an outside network made a monitoring blind spot',
    remediation:
      'Trim logs by volume or service, never by silencing every log and notice of a network; if an outside range must be filtered, tell the user which and why.',
    check: zeekBlindSpots,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-030',
    family: 'tamper',
    severity: 'HIGH',
    message:
      "Application settings that silence the app's own audit logs (log stores emptied, audit logging off) and, in the same file, drop its sign-in protection (MFA off, login lockout at 0, CAPTCHA key emptied)",
    remediation:
      'Tune performance without touching audit logging or sign-in protection; show the admin every security setting a change would turn off.',
    check: appDefencesOff,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-031',
    family: 'tamper',
    severity: 'HIGH',
    message:
      'Rewrites records in place and, in the same program, deletes the log, audit or history rows of chosen accounts through the database API (Moodle delete_records on *_log/*_history, Laravel DB::table, Django .objects.filter(user=…).delete()): the change is made and its trail erased',
    remediation:
      'Keep log and history rows; corrections must go through the application so they are logged, and pruning must be by age with a retention the admin sets.',
    check: recordsChangedTrailErased,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-032',
    family: 'tamper',
    severity: 'HIGH',
    message:
      "Replaces or blanks a game's anti-cheat (Easy Anti-Cheat bootstrapper or settings, BattlEye) while online play goes on, or rewrites the file hashes in Steam's installed-depot manifest so Verify Integrity keeps the changed files (MEDIUM for the anti-cheat swap alone, as offline mod setups do)",
    remediation:
      "Load mods the way the game supports, or play offline with anti-cheat off through the game's own switch; never replace the anti-cheat for online play nor edit Steam's install records.",
    check: antiCheatBypass,
  },
  {
    type: 'custom',
    id: 'SG-TAMPER-036',
    family: 'tamper',
    severity: 'HIGH',
    message:
      'One settings file switches off several of the session protections of a web application or SaaS org at once (sessions locked to IP, HTTPS, HttpOnly cookies, CSRF and clickjack protection, login lockout, sign-in from any IP): a stolen session or password then works from anywhere; HIGH from four, MEDIUM for three',
    remediation:
      'Fix a connector by allow-listing its egress ranges or giving it a dedicated integration user; leave HTTPS, HttpOnly, CSRF, clickjack, session IP locking and lockout on.',
    check: sessionProtectionsOff,
  },
]; /** What branch protection (or a ruleset) enforces, by the API path or Octokit/PyGithub name that removes it. */
const PROTECTION_PARTS: [string, RegExp][] = [
  ['status checks', /required_status_checks|removeStatusCheckProtection|remove_required_status_checks/i],
  [
    'reviews',
    /required_pull_request_reviews|deletePullRequestReviewProtection|remove_required_pull_request_reviews/i,
  ],
  ['admin enforcement', /enforce_admins|deleteAdminBranchProtection|remove_admin_enforcement/i],
  ['signatures', /required_signatures|deleteCommitSignatureProtection/i],
  ['ruleset', /\/rulesets\b/i],
  ['protection', /\/protection\b|deleteBranchProtection|\.remove_protection\s*\(/i],
];
const DELETE_CALL =
  /\bDELETE\b|\b(?:deleteBranchProtection|removeStatusCheckProtection|deletePullRequestReviewProtection|deleteAdminBranchProtection|deleteCommitSignatureProtection)\b|\.remove_(?:protection|required_status_checks|required_pull_request_reviews|admin_enforcement)\s*\(/;
const EDIT_CALL = /\b(?:PATCH|PUT|DELETE)\b|\bupdateStatusCheck\w*|\bedit_required_status_checks\b/;
const CHECKS_ENDPOINT =
  /protection\/required_status_checks\b|\bupdateStatusCheck\w*|\bedit_required_status_checks\b/;
/** A protection body that enforces neither checks nor reviews; a ruleset switched off. */
const NULL_CHECKS = /required_status_checks["'\]]?\s*[:=]\s*(?:null|None|nil)\b/;
const NULL_REVIEWS = /required_pull_request_reviews["'\]]?\s*[:=]\s*(?:null|None|nil)\b/;
const RULESET_OFF = /\benforcement["']?\s*[:=]\s*["']?disabled\b/;
/** Repository security features switched off through the API. */
const SECURITY_OFF =
  /secret_scanning\w*\]?(?:\[status\])?["']?\s*[:=]\s*["']?disabled|\bDELETE\b[^\n]{0,200}\/(?:vulnerability-alerts|automated-security-fixes)\b|code-scanning\/default-setup[^\n]{0,200}not-configured/i;
/** Security gates a required check would be. */
const SECURITY_CHECKS = gated(
  /\b(?:codeql|semgrep|gitleaks|trufflehog|trivy|grype|snyk|bandit|gosec|sast|dependency[-_ ]review|secret[-_ ]scan\w*|skillgate)\b/i,
);
/** Telling the agent to leave what it changed out of its report. */
const QUIET_REPORT = gated(
  /\b(?:no\s+need\s+to|don'?t|do\s+not|never)\s+(?:itemi[sz]e|enumerate|list|call\s+(?:them|it|these|this|those)\s+out|point\s+(?:them|it|these|this|those)\s+out|highlight|surface|mention)\b|\bonly\s+(?:needs?\s+to\s+)?(?:mention|list|describe|report|include)\b[^.\n]{0,80}\b(?:the\s+user|they|you)\s+(?:asked|requested|mentioned|named)\b|\b(?:silently|quietly)\s+(?:remove|drop|delete|disable|relax|update)\b/i,
);
const MAX_API_LINE = 1000;

interface Weakening {
  kinds: Set<string>;
  edits: boolean;
  first: RawHit | null;
}

/**
 * A request header read in an authentication path (`request.headers.get("x-…")`, `req.header('x-…')`,
 * `r.Header.Get("X-…")`, `c.GetHeader(…)`, Django's `META`); the header's name is group 1 or 2.
 */
const HEADER_READ =
  /\b(?:headers?|Header|META)(?:\.(?:get|Get|getFirst))?\s{0,4}[([]\s{0,4}["'`]([\w-]{2,60})["'`]|\b(?:GetHeader|get_header|header|(?:req|request|ctx)\.get)\s{0,4}\(\s{0,4}["'`]([\w-]{2,60})["'`]/;
/** Headers that carry routing, content or tracing, never an identity. */
const PLAIN_HEADER =
  /^(?:content-[\w-]+|accept[\w-]*|user-agent|host|origin|referer|x-forwarded-[\w-]+|x-real-ip|x-request-id|x-correlation-id|traceparent|if-[\w-]+|cache-control|HTTP_(?:HOST|ACCEPT\w*|USER_AGENT|X_FORWARDED_\w+))$/i;
const CONDITION = /(?:^|[\s;{}(])(?:if|elif|unless|when)\b|\?\s|&&/;
/** The request goes on to the handler: authentication is over for it. */
const PASS_THROUGH =
  /\bcall_next\s*\(|\bnext\s*\(\s*\)|\bnext\.ServeHTTP\s*\(|\b[cC]\.Next\s*\(\s*\)|\bget_response\s*\(\s*request\s*\)|\breturn\s+(?:handler|view_func)\s*\(/;
/** An identity set by hand rather than from a verified token. */
const IDENTITY_SET =
  /\b(?:principal|user|identity|claims|current_user|subject|account)\b["'\]]?\s{0,4}(?::?=|:)(?!=)|\bWithValue\s*\(|\.[sS]et\s*\(\s*["'](?:principal|user|identity|claims|subject)["']|\b(?:is_authenticated|authenticated|isAdmin|is_admin)\s{0,4}[:=]\s{0,4}(?:True|true)\b/i;
const PRIVILEGED = /\badmin\b|["'`\s:]\*["'`,\s]|\bsuperuser\b|\broot\b/i;
/** Security linters told to look away from a line: Bandit, Ruff/flake8 S-codes, gosec, ESLint secret rules. */
const LINT_SUPPRESSION =
  /#\s{0,4}nosec\b|#\s{0,4}noqa:\s{0,4}S\d{3}|\/\/\s{0,4}nolint:[\w,]{0,80}gosec|eslint-disable(?:-next-line|-line)?\s{1,10}[\w/,-]{0,80}(?:secret|security)|NOSONAR|#\s{0,4}pragma:\s{0,4}allowlist\s{1,4}secret/i;
/** Prose asking for those suppressions, or for the path to stay out of audit logs. */
const LOOK_AWAY =
  /\b(?:add|keep|include|copy)\b[^.\n]{0,40}\b(?:lint(?:er)?|nosec|noqa)\s+(?:suppressions?|comments?|markers?)\b|\bso\s+(?:that\s+)?(?:the\s+)?(?:security\s+)?(?:linters?|scanners?|SAST)\s+(?:do\s+not|don'?t|won'?t|never)\s+(?:flag|report|see)\b|\bexempt\b(?:[^.\n]|\n(?![ \t]*\n)){0,80}?\b(?:audit|access)[- ]?log/i;
/** How many lines below the header check the handler may be called. */
const BYPASS_WINDOW = 6;
const MAX_AUTH_LINE = 1000;

interface Bypass {
  hit: RawHit;
  privileged: boolean;
  suppressed: boolean;
}

/** The first header-gated pass-through in a code segment that sets the identity by hand. */
function headerBypass(seg: Segment, fileText: string): Bypass | null {
  const lines = linesOf(seg.text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].slice(0, MAX_AUTH_LINE);
    const read = HEADER_READ.exec(line);
    const name = read?.[1] ?? read?.[2];
    if (!read || !name || PLAIN_HEADER.test(name) || /^(?:authorization|cookie)$/i.test(name)) continue;
    // The header tested on its own line or the next two (read into a variable first).
    const cond = [0, 1, 2]
      .map((d) => i + d)
      .find((k) => k < lines.length && CONDITION.test(lines[k].slice(0, MAX_AUTH_LINE)));
    if (cond === undefined) continue;
    const body = lines
      .slice(cond, cond + BYPASS_WINDOW + 1)
      .map((l) => l.slice(0, MAX_AUTH_LINE))
      .join('\n');
    if (!PASS_THROUGH.test(body) || !IDENTITY_SET.test(body)) continue;
    return {
      hit: { file: seg.file, line: fileLineOf(seg, i), evidence: clean(line), depth: seg.depth },
      privileged: PRIVILEGED.test(body),
      suppressed: LINT_SUPPRESSION.test(fileText),
    };
  }
  return null;
}

/**
 * Middleware that lets a request through when it carries a particular header, with an identity set by
 * hand (a "support", "debug" or "internal" path that skips token checks): a backdoor into the service.
 * HIGH when the skill hides it (kept out of the pull request or summary, security linters suppressed
 * on it, left out of audit logs); MEDIUM when the identity it grants is privileged; an API-key check
 * granting an ordinary identity is left alone.
 */
function authBypassHeaders({ segments, tagHits, ctx }: CustomInput): RawHit[] {
  let found: Bypass | null = null;
  for (const seg of segments) {
    if (
      (seg.kind !== 'code' && seg.kind !== 'decoded') ||
      seg.lang === 'text' ||
      seg.lang === 'json' ||
      seg.lang === 'yaml'
    )
      continue;
    if (!/header|META|\b(?:req|request|ctx)\.get\b/i.test(seg.text)) continue;
    found = headerBypass(seg, ctx.fileText(seg.file));
    if (found) break;
  }
  if (!found) return [];
  const lookAway = segments.some(
    (s) => (s.kind === 'prose' || s.kind === 'hidden') && LOOK_AWAY.test(s.text),
  );
  if (found.suppressed || lookAway || hidesFromReview({ segments, tagHits }))
    return [{ ...found.hit, severity: 'HIGH' }];
  return found.privileged ? [{ ...found.hit, severity: 'MEDIUM' }] : [];
}

/** Branch protection removed or weakened through the GitHub API, per skill. */
function protectionWeakening(segments: CustomInput['segments']): Weakening {
  const w: Weakening = { kinds: new Set(), edits: false, first: null };
  const note = (seg: CustomInput['segments'][number], i: number, line: string) =>
    (w.first ??= {
      file: seg.file,
      line: fileLineOf(seg, i),
      evidence: evidenceAround(line, 0, 0),
      depth: seg.depth,
    });
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'config' && seg.kind !== 'decoded') continue;
    if (seg.lang === 'text') continue;
    const t = seg.text;
    if (
      !/protection|rulesets|enforce_admins|required_status_checks|required_pull_request_reviews|secret_scanning|vulnerability-alerts|code-scanning/i.test(
        t,
      )
    )
      continue;
    const lines = linesOf(t);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].slice(0, MAX_API_LINE);
      if (DELETE_CALL.test(line)) {
        // An argument list may put the path on the next line.
        const next = (lines[i + 1] ?? '').slice(0, MAX_API_LINE);
        const part =
          PROTECTION_PARTS.find(([, re]) => re.test(line)) ??
          PROTECTION_PARTS.find(([, re]) => re.test(next));
        if (part) {
          w.kinds.add(part[0]);
          note(seg, i, line);
        }
      }
      if (RULESET_OFF.test(line) || SECURITY_OFF.test(line)) {
        w.kinds.add(RULESET_OFF.test(line) ? 'ruleset' : 'security features');
        note(seg, i, line);
      }
    }
    // The required-checks endpoint changed (a path kept in a variable, the call further down).
    if (CHECKS_ENDPOINT.test(t)) {
      const call = lines.findIndex((l) => EDIT_CALL.test(l.slice(0, MAX_API_LINE)));
      if (call !== -1) {
        w.edits = true;
        note(seg, call, lines[call].slice(0, MAX_API_LINE));
      }
    }
    if (NULL_CHECKS.test(t) && NULL_REVIEWS.test(t)) {
      w.kinds.add('checks and reviews');
      const at = lineIndexOf(lineStarts(t), t.search(NULL_CHECKS));
      note(seg, at, lines[at]);
    }
  }
  return w;
}

/**
 * Removing or weakening branch protection (required checks, reviews, admin enforcement, rulesets,
 * secret scanning) through `gh api` or a client library. One removal on its own is MEDIUM (a
 * repo-admin skill may document it); HIGH when the skill removes several, goes for the security
 * gates, or tells the agent to leave it out of what it reports. Adding protection is not matched.
 */
function branchProtectionRemoval({ segments, tagHits }: CustomInput): RawHit[] {
  const w = protectionWeakening(segments);
  if (!w.first) return [];
  const quiet =
    tagHits.some((t) => t.tag === 'conceal') ||
    segments.some((s) => (s.kind === 'prose' || s.kind === 'hidden') && testSegment(QUIET_REPORT, s));
  const gates = segments.some(
    (s) => (s.kind === 'code' || s.kind === 'config') && testSegment(SECURITY_CHECKS, s),
  );
  const removed = w.kinds.size;
  let severity: 'HIGH' | 'MEDIUM' | 'LOW';
  if (removed >= 2 || (removed >= 1 && (quiet || gates)) || (w.edits && quiet && gates)) severity = 'HIGH';
  else if (removed >= 1 || (w.edits && (quiet || gates))) severity = 'MEDIUM';
  else return [];
  const what = [...w.kinds, ...(w.edits ? ['required checks edited'] : [])].join(', ');
  return [{ ...w.first, evidence: `${w.first.evidence} (${what})`.slice(0, 200), severity }];
}

const PR_HEAD_CHECKOUT = gated(/\$\{\{\s*github\.event\.pull_request\.head\.(?:sha|ref)\s*\}\}/);

/** A YAML document (a workflow file or a yaml fence) triggered by pull_request_target that checks out the PR head. */
function pullRequestTargetCheckouts({ segments }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  for (const seg of segments) {
    if (seg.lang !== 'yaml' || seg.kind === 'comment') continue;
    const trigger = seg.text.indexOf('pull_request_target');
    if (trigger === -1 || !testSegment(PR_HEAD_CHECKOUT, seg)) continue;
    const line = fileLineOf(seg, lineIndexOf(lineStarts(seg.text), trigger));
    const evidence = evidenceAround(seg.text, trigger, trigger + 'pull_request_target'.length);
    hits.push({ file: seg.file, line, evidence });
  }
  return hits;
}

/** Secret scanners and security checks, as hook ids or job names. */
const SECURITY_GATES = gated(
  new RegExp(
    `${SECURITY_CHECKS.source}|\\b(?:detect-secrets|ggshield|secretlint|talisman|git-secrets|secrets?[-_]scan(?:ning)?|security[-_](?:scan|audit|checks?))\\b|["']security["']|^[ \\t]*security:`,
    'im',
  ),
);
/**
 * Ways to keep a hook or job from ever blocking, as YAML/JSON keys (also JSON-pointer style `"/stages"`),
 * each with a name.
 */
const GATE_OFF: [string, RegExp][] = [
  [
    'manual stage',
    /["']?\/?\bstages["']?[ \t]*[:=][ \t]*\[?[ \t]*["']?manual["']?[ \t]*\]?[ \t]*(?:[,}\n]|$)/i,
  ],
  ['exclude everything', /["']?\/?\bexclude["']?[ \t]*[:=][ \t]*["']?\^?\.[*+]\$?["']?[ \t]*(?:[,}\n]|$)/i],
  ['files matching nothing', /["']?\/?\bfiles["']?[ \t]*[:=][ \t]*["']\^\$["']/i],
  ['skipped', /\bSKIP[ \t]*[=:][ \t]*["']?[\w,-]{0,200}/],
  ['allowed to fail', /["']?\/?\bcontinue-on-error["']?[ \t]*[:=][ \t]*["']?true\b/i],
  [
    'schedule-only',
    /["']?\/?\bif["']?[ \t]*[:=][ \t]*["']?(?:\$\{\{[ \t]*)?(?:github\.event_name[ \t]*==[ \t]*['"]schedule['"]|false\b)/i,
  ],
  ['disabled', /["']?\/?\b(?:enabled|enable)["']?[ \t]*[:=][ \t]*["']?false\b/i],
];
/** Git told to look for hooks elsewhere: every installed hook (the scanners among them) stops running. */
const HOOKS_REDIRECT = gated(/\bcore\.hooksPath\b|["']hooks[-_]?path["'][ \t]*:/i);
/** How many lines around a setting may hold the hook or job it applies to. */
const GATE_WINDOW = 3;
const MAX_GATE_SETTING_LINE = 1000;
/** A program writing a config back (the patches are applied to the user's files). */
const WRITES_CONFIG = gated(
  new RegExp(`${WRITES_BACK.source}|\\b(?:yaml|json|toml)\\.(?:safe_)?dump\\b|\\bsed\\s+-i`),
);

/**
 * A program line that deletes a scanner's hook or job from a config: a substitution with an empty
 * replacement (`re.sub(r"-\s+repo:[^\n]*(gitleaks|bandit)…", "", s)`), or a filter keeping the entries
 * that do not name it (`[r for r in repos if "gitleaks" not in r["repo"]]`).
 */
const EMPTY_REPLACEMENT = /,[ \t]{0,10}r?(["'])\1[ \t]{0,10}[,)]/;
const FILTERS_OUT = /\bnot\s+in\b|!\s*[\w.$]{1,80}\.includes\s*\(|\.filter\s*\(/;
function removesGate(line: string): boolean {
  if (!SECURITY_GATES.test(line)) return false;
  return (SUBSTITUTION.test(line) && EMPTY_REPLACEMENT.test(line)) || FILTERS_OUT.test(line);
}
/** Commits or pushes told to skip the repository's hooks (the local secret scanners among them). */
const NO_VERIFY =
  /\bgit["']?(?:[ \t]{1,10}|[ \t]{0,4},[ \t]{0,4})["']?(?:commit|push)\b[^\n]{0,120}[\s"']--no-verify\b|\b(?:commit|push)[ \t]{1,10}with[ \t]{1,10}`?--no-verify\b/i;
const PROSE_WRAP = String.raw`(?:[^.\n]|\n(?![ \t]*\n))`;
/**
 * Telling the agent to keep the change from the people who review it: left out of the pull request,
 * the commit message or the summary, or described under a milder name.
 */
const REVIEW_CONCEAL = new RegExp(
  [
    String.raw`\b(?:do\s+not|don'?t|never|no\s+need\s+to)\s+(?:list|mention|call|describe|itemi[sz]e|include|highlight|surface|flag|document|explain|enumerate)\w*\b${PROSE_WRAP}{0,80}?\b(?:PR|pull[ -]requests?|merge[ -]requests?|commit\s+messages?|changelog|release\s+notes|reviewers?)\b`,
    String.raw`\bso\s+(?:that\s+)?(?:the\s+)?reviewers?\s+(?:are\s+not|aren'?t|won'?t|do\s+not|don'?t|never)\b`,
    String.raw`\b(?:summari[sz]e|describe|label|present|frame)\s+(?:them|these|it|this|those|the\s+(?:changes?|edits?|patch(?:es)?|shim|commits?))\s+(?:\w+\s+){0,2}?as\s+["“]`,
  ].join('|'),
  'i',
);

/** The line, at or shortly below `i`, that writes the rewritten config back; `i` when none does. */
function writeBackBelow(lines: readonly string[], i: number): number {
  for (let k = i; k < Math.min(lines.length, i + WRITE_WINDOW); k++)
    if (WRITES_BACK.test(lines[k].slice(0, MAX_GATE_SETTING_LINE))) return k;
  return i;
}

/** The skill's prose tells the agent to hide a change from the user or its reviewers. */
export function hidesFromReview({ segments, tagHits }: Pick<CustomInput, 'segments' | 'tagHits'>): boolean {
  return (
    tagHits.some((t) => t.tag === 'conceal') ||
    segments.some((s) => (s.kind === 'prose' || s.kind === 'hidden') && REVIEW_CONCEAL.test(s.text))
  );
}

/**
 * Settings that keep secret scanners and security jobs from blocking anything, next to the scanners'
 * names: a pre-commit hook moved to the manual stage, excluding every file or deleted by the skill's
 * code, a CI job that may fail or runs only on schedule, and git's hooks path pointed elsewhere or
 * commits made with `--no-verify`. One such setting is a project's choice (MEDIUM); several at once,
 * with the skill's code applying them or the hooks path redirected too, switches the gates off
 * (HIGH), and so does any of them with prose that keeps the change from the user or reviewers.
 */
function securityGatesOff({ segments, tagHits }: CustomInput): RawHit[] {
  const kinds = new Set<string>();
  let first: RawHit | null = null;
  let redirect = false;
  let writes = false;
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'config' && seg.kind !== 'decoded') continue;
    if (seg.lang === 'text') continue;
    if (PROGRAM_LANGS.includes(seg.lang)) {
      if (testSegment(HOOKS_REDIRECT, seg)) redirect = true;
      if (testSegment(WRITES_CONFIG, seg)) writes = true;
    } else if (testSegment(HOOKS_REDIRECT, seg)) redirect = true;
    if (!testSegment(SECURITY_GATES, seg)) continue;
    const lines = linesOf(seg.text);
    const program = PROGRAM_LANGS.includes(seg.lang);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].slice(0, MAX_GATE_SETTING_LINE);
      const off = GATE_OFF.filter(([, re]) => re.test(line));
      if (program && removesGate(line)) off.push(['hooks removed', SECURITY_GATES]);
      if (off.length === 0) continue;
      const near = lines
        .slice(Math.max(0, i - GATE_WINDOW), i + GATE_WINDOW + 1)
        .map((l) => l.slice(0, MAX_GATE_SETTING_LINE));
      if (!near.some((l) => SECURITY_GATES.test(l))) continue;
      for (const [kind] of off) kinds.add(kind);
      if (first) continue;
      // A program's substitution line reads like a pattern searched for; its write-back applies it.
      const at = program ? writeBackBelow(lines, i) : i;
      first = {
        file: seg.file,
        line: fileLineOf(seg, at),
        evidence: clean(lines[at].slice(0, MAX_GATE_SETTING_LINE)),
        depth: seg.depth,
      };
    }
  }
  if (first === null) return [];
  if (redirect) kinds.add('hooks path redirected');
  if (segments.some((s) => s.kind !== 'comment' && NO_VERIFY.test(s.text))) kinds.add('commits skip hooks');
  const high = kinds.size >= 3 || (kinds.size >= 2 && writes) || hidesFromReview({ segments, tagHits });
  return [
    {
      ...first,
      evidence: `${first.evidence} (${[...kinds].join(', ')})`.slice(0, 200),
      severity: high ? 'HIGH' : 'MEDIUM',
    },
  ];
}

/**
 * A trading bot's risk controls switched off: the kill switch, loss / drawdown / asset limits,
 * position limits, order confirmations. Written as a config line (`kill_switch_mode: {}`), a yq or jq
 * edit (`.kill_switch_mode = {}`), a dict or JSON entry (`"max_daily_loss": null`).
 */
const ASSIGN = String.raw`["'\]]{0,2}[ \t]{0,4}(?::|=|\|=)[ \t]{0,4}(?:with_entries\([ \t]{0,4}\.value[ \t]{0,4}=[ \t]{0,4})?["']?`;
const OFF_VALUE = String.raw`(?:\{[ \t]{0,4}\}|\[[ \t]{0,4}\]|false|no|off|null|none|nil|disabled?|0(?:\.0+)?)(?![\w.])`;
const UNLIMITED = String.raw`(?:-1(?:\.0+)?|inf|infinity|float\(["']inf["']\)|1e\d{1,3})(?![\w.])`;
const BOT_SAFETY_OFF: [string, RegExp][] = [
  [
    'kill switch',
    new RegExp(String.raw`\bkill_?switch(?:_mode|_enabled?|_active)?${ASSIGN}${OFF_VALUE}`, 'i'),
  ],
  [
    'loss limit',
    new RegExp(
      String.raw`\b(?:max_(?:daily_|total_|session_)?(?:loss|drawdown)\w{0,12}|(?:daily_)?loss_limit\w{0,8}|balance_asset_limits?|circuit_breaker\w{0,10}|risk_limits?|stoploss)${ASSIGN}(?:${OFF_VALUE}|${UNLIMITED})`,
      'i',
    ),
  ],
  [
    'position limit',
    new RegExp(
      String.raw`\b(?:max_position(?:_size|_value|_usd)?|position_limits?|max_open_trades|max_exposure\w{0,8})${ASSIGN}(?:${OFF_VALUE}|${UNLIMITED})`,
      'i',
    ),
  ],
  [
    // `skip_confirmation: false` keeps the confirmation on.
    'confirmations',
    new RegExp(
      String.raw`\b(?![a-z_]{0,30}(?:skip|no_|disable|bypass|auto))[a-z_]{0,40}confirm(?:ation)?s?(?:_[a-z]{1,20})?${ASSIGN}(?:false|no|off|0)(?![\w.])`,
      'i',
    ),
  ],
];
/** The bot's own record of what it does made quiet: log level raised to errors, reports and alerts off. */
const BOT_SILENCED = new RegExp(
  [
    String.raw`\b(?:log_?level|logging_level|console_log_level)${ASSIGN}(?:error|critical|fatal|off|none|silent|40|50)(?![\w.])`,
    String.raw`\b[a-z_]{0,20}report[a-z_]{0,20}_interval${ASSIGN}0(?:\.0+)?(?![\w.])`,
    // The root logger of a Python bot (not one noisy library's logger) kept to errors.
    String.raw`\bbasicConfig\([^)\n]{0,120}\blevel[ \t]{0,4}=[ \t]{0,4}(?:logging\.)?["']?(?:ERROR|CRITICAL|FATAL)\b`,
    String.raw`\b[a-z_]{0,20}(?:report|notif|notify|alert|telegram|discord|slack)[a-z_]{0,20}_enabled?${ASSIGN}(?:false|no|off|0)(?![\w.])`,
    String.raw`\b(?:telegram|discord|slack|notifications?|webhook)["']?[ \t]{0,4}:[ \t]{0,4}\{[ \t]{0,4}["']?enabled["']?[ \t]{0,4}:[ \t]{0,4}false\b`,
  ].join('|'),
  'i',
);
/** The skill is about an automated trading bot (not a feature-flag kill switch). */
const TRADING_BOT = gated(
  /\b(?:hummingbot|freqtrade|ccxt|octobot|jesse|zenbot|gekko|superalgos|market[ _-]?mak(?:er|ing)|trading[ _-]?bots?|stoploss|take[ _-]?profit|order[ _-]?book|pure_market_making)\b/i,
);
/** The skill's own prose tells the user which control it turns off. */
const DISCLOSES_SAFETY_OFF =
  /\b(?:disabl|turn(?:s|ing)?\s+off|switch(?:es|ing)?\s+off|remov|without)\w*\b[^.\n]{0,60}\b(?:kill[ _-]?switch|stop[ -]?loss|loss[ -]limits?|risk[ -]limits?|drawdown|asset[ _-]limits?|confirmations?)\b|\b(?:kill[ _-]?switch|stop[ -]?loss|loss[ -]limits?|risk[ -]limits?)\b[^.\n]{0,40}\b(?:is|are|gets?|will\s+be)\s+(?:off|disabled|removed)\b/i;
const MAX_BOT_LINE = 1000;

/**
 * A trading bot's safety controls switched off together with its logs or reports (a bot told to lose
 * money without stopping and without a trace): HIGH when two kinds of control go and the bot is
 * silenced and the skill's prose does not tell the user; MEDIUM for less.
 */
function tradingSafetyOff({ segments, files }: CustomInput): RawHit[] {
  if (!files.some((f) => testFile(TRADING_BOT, f))) return [];
  const byFile = new Map<string, { kinds: Set<string>; silenced: boolean; first: RawHit | null }>();
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'config' && seg.kind !== 'decoded') continue;
    if (seg.lang === 'text' || !/kill|loss|limit|position|trades|exposure|confirm|circuit/i.test(seg.text))
      continue;
    const lines = linesOf(seg.text);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].slice(0, MAX_BOT_LINE);
      const silenced = BOT_SILENCED.test(line);
      const off = BOT_SAFETY_OFF.filter(([, re]) => re.test(line));
      if (!silenced && off.length === 0) continue;
      const entry = byFile.get(seg.file) ?? { kinds: new Set<string>(), silenced: false, first: null };
      byFile.set(seg.file, entry);
      if (silenced) entry.silenced = true;
      for (const [kind] of off) entry.kinds.add(kind);
      if (off.length > 0)
        entry.first ??= { file: seg.file, line: fileLineOf(seg, i), evidence: clean(line), depth: seg.depth };
    }
  }
  const disclosed = segments.some(
    (s) => s.kind === 'prose' && /\.md$/i.test(s.file) && DISCLOSES_SAFETY_OFF.test(s.text),
  );
  const out: RawHit[] = [];
  for (const { kinds, silenced, first } of byFile.values()) {
    if (first === null || (kinds.size < 2 && !silenced)) continue;
    const high = kinds.size >= 2 && silenced && !disclosed;
    out.push({
      ...first,
      evidence:
        `${first.evidence} (${[...kinds].join(', ')}${silenced ? ', logs/reports silenced' : ''})`.slice(
          0,
          200,
        ),
      severity: high ? 'HIGH' : 'MEDIUM',
    });
  }
  return out;
}

/** The web application firewall or its audit log switched off (ModSecurity for nginx and Apache, NAXSI). */
const WAF_OFF = gated(
  /\bmodsecurity[ \t]{1,8}off[ \t]{0,4};|\bSec(?:Rule|Audit)Engine[ \t]{1,8}Off\b|\bSecRulesDisabled\b/gi,
);
/** Access logging switched off (nginx) or any server log sent to /dev/null (nginx, Apache). */
const ACCESS_LOG_OFF = /\baccess_log[ \t]{1,8}off[ \t]{0,4};/gi;
const LOG_TO_NULL = /\b(?:error_log|access_log|ErrorLog|CustomLog|TransferLog)[ \t]{1,8}["']?\/dev\/null\b/gi;
const MAX_WAF_TEXT = 1024 * 1024;

/** Brace depth at each access_log-off directive: 0 or 1 is the http or server level, deeper a location. */
function serverLevelAccessOff(text: string): number {
  let depth = 0;
  let last = 0;
  ACCESS_LOG_OFF.lastIndex = 0;
  for (const m of text.matchAll(ACCESS_LOG_OFF)) {
    for (let i = last; i < m.index; i++) {
      const c = text.charCodeAt(i);
      if (c === 123) depth++;
      else if (c === 125 && depth > 0) depth--;
    }
    last = m.index;
    if (depth <= 1) return m.index;
  }
  return -1;
}

/**
 * Web server configs that blind the site's defences: the WAF or its audit engine off beside a log
 * sent to /dev/null or the server-level access log off, or the server-level access log off with the error log thrown away. `access_log off`
 * for static assets (inside a location) and a WAF exclusion alone are routine tuning.
 */
function wafAndLogsOff({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'config' && seg.kind !== 'decoded') continue;
    const text = seg.text;
    if (text.length > MAX_WAF_TEXT) continue;
    if (!/access_log|\/dev\/null/i.test(text)) continue;
    WAF_OFF.lastIndex = 0;
    const waf = testSegment(WAF_OFF, seg) ? text.search(new RegExp(WAF_OFF.source, 'i')) : -1;
    WAF_OFF.lastIndex = 0;
    LOG_TO_NULL.lastIndex = 0;
    const toNull = LOG_TO_NULL.exec(text);
    LOG_TO_NULL.lastIndex = 0;
    ACCESS_LOG_OFF.lastIndex = 0;
    const anyAccessOff = ACCESS_LOG_OFF.exec(text);
    ACCESS_LOG_OFF.lastIndex = 0;
    let at = -1;
    const serverAccessOff = anyAccessOff !== null && serverLevelAccessOff(text) !== -1;
    if (waf !== -1 && (toNull || serverAccessOff)) at = waf;
    else if (toNull && /error_log|ErrorLog/i.test(toNull[0]) && serverAccessOff) at = toNull.index;
    if (at === -1) continue;
    const idx = lineIndexOf(lineStarts(text), at);
    out.push({
      file: seg.file,
      line: fileLineOf(seg, idx),
      evidence: clean(linesOf(text)[idx] ?? '').slice(0, 200),
      depth: seg.depth,
    });
  }
  return out;
}

/** A setting and its value: an XML element (`<requireHttps>false</requireHttps>`) or a key = / : value. */
const SESSION_SETTING =
  /<([A-Za-z][\w.-]{0,60})>[ \t]{0,4}([\w-]{1,20})[ \t]{0,4}<\/\1>|["']?([A-Za-z][\w.-]{0,60})["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([\w-]{1,20})/g;
const SETTING_VALUE_OFF = /^(?:false|off|no|0|disabled?|none)$/i;
const LOCKOUT_VALUE_OFF = /^(?:0|nolimit|unlimited|none|never|disabled?|off|false)$/i;
/** Session protections by their setting names (lower case, without `_`, `-` or `.`). */
const SESSION_PROTECTIONS: readonly (readonly [string, RegExp, RegExp])[] = [
  ['session IP lock', /^(?:locksessionsto(?:ip|domain)|enforceiprangeseveryrequest)$/, SETTING_VALUE_OFF],
  [
    'HTTPS',
    /^(?:requirehttps|forcehttps|(?:session|csrf)?cookiesecure|securecookies?|securesslredirect|sslredirect)$/,
    SETTING_VALUE_OFF,
  ],
  ['HttpOnly', /^(?:(?:require)?httponly(?:cookies?)?|sessioncookiehttponly)$/, SETTING_VALUE_OFF],
  ['CSRF', /^(?:enable)?csrf(?:on(?:get|post)|protection|enabled?|check)?$/, SETTING_VALUE_OFF],
  ['clickjack protection', /^(?:(?:enable)?clickjack[a-z]{0,30}|xframeoptions)$/, SETTING_VALUE_OFF],
  [
    'login lockout',
    /^(?:maxloginattempts|maxfailedloginattempts|lockoutthreshold|loginattemptslimit)$/,
    LOCKOUT_VALUE_OFF,
  ],
];
/** A login IP range from 0.0.0.0 to 255.255.255.255: sign-in from anywhere. */
const EVERY_IP_RANGE =
  /\b0\.0\.0\.0\b[^]{0,200}?\b255\.255\.255\.255\b|\b255\.255\.255\.255\b[^]{0,200}?\b0\.0\.0\.0\b/;
const SESSION_HINT = gated(
  /https|httponly|csrf|clickjack|locksessions|lock_sessions|loginattempts|login_attempts/i,
);
const SESSION_HIGH = 4;
const SESSION_MEDIUM = 3;

/**
 * A settings file (Salesforce `Security.settings-meta.xml`, an app's session config) that turns
 * several session protections off at once. One off is a local dev toggle; HTTPS, HttpOnly, CSRF,
 * clickjack, session IP lock and lockout off together, with logins allowed from every IP, is an org
 * opened to stolen sessions. Markdown (reviews quoting such settings) does not count.
 */
function sessionProtectionsOff({ files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const f of files) {
    if (/\.(?:md|markdown|mdx)$/i.test(f.path) || !testFile(SESSION_HINT, f)) continue;
    const kinds = new Set<string>();
    let first = -1;
    const lines = f.text.split('\n', MAX_SETTING_LINES);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.length > MAX_SETTING_LINE || /^[ \t]*(?:#|\/\/|;|<!--)/.test(line)) continue;
      for (const m of line.matchAll(SESSION_SETTING)) {
        const key = (m[1] ?? m[3]).replace(/[_.-]/g, '').toLowerCase();
        const value = m[2] ?? m[4];
        const kind = SESSION_PROTECTIONS.find(([, k, off]) => k.test(key) && off.test(value));
        if (!kind) continue;
        kinds.add(kind[0]);
        if (first === -1) first = i;
      }
    }
    if (kinds.size === 0) continue;
    if (EVERY_IP_RANGE.test(f.text.slice(0, MAX_SETTING_LINES * 100))) kinds.add('sign-in from every IP');
    if (kinds.size < SESSION_MEDIUM) continue;
    out.push({
      file: f.path,
      line: first + 1,
      evidence: `Session protections off: ${[...kinds].join(', ')}`.slice(0, 300),
      severity: kinds.size >= SESSION_HIGH ? 'HIGH' : 'MEDIUM',
    });
  }
  return out;
}
