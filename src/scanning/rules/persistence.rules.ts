import type {
  AnyRule,
  CustomInput,
  MatchInfo,
  PatternRule,
  RawHit,
  Segment,
  SkillContext,
} from '../rule.types.js';
import { sqlBackdoorFindings } from '../analyzers/sql-backdoor.js';
import { sinkWithSources } from '../analyzers/code-cooccurrence.js';
import { phpRequestToSink } from '../analyzers/php-flow.js';
import { PROGRAM_LANGS, PTH_FILE } from '../analyzers/fence-lang.js';
import { clean, fileLineOf, lineIndexOf, linesOf, lineStarts } from '../analyzers/segment-lines.js';
import { AGENT_FILES } from './prompt-injection.rules.js';
import { isLocalHost, registrable, SHELL_SINK } from './indicators.js';
import { runsDownload } from './mcp-config.rules.js';
import { gated, testFile, testSegment } from '../analyzers/literal-gates.js';
import { patternRuleMaker } from './pattern-rule.js';

const REMEDIATION =
  'Skills must not install themselves to run again later; let the user schedule tasks explicitly.';
const NETWORKY = /\b(?:curl|wget|nc|ncat|base64|eval|python[0-9.]*\s+-c|bash\s+-c|\/dev\/tcp|https?:\/\/)/i;

/**
 * A PowerShell profile line that starts something on every new window (a job, a process, a script file,
 * downloaded or evaluated code); aliases, prompt settings and module imports are a user's own setup.
 */
const PROFILE_RUNS =
  /\bStart-(?:Job|Process|ThreadJob)\b|\bInvoke-(?:Expression|WebRequest|RestMethod)\b|\b(?:iex|iwr|irm)\b|-ScriptBlock\b|\bpowershell(?:\.exe)?\b[^\n]{0,80}-File\b|\.DownloadString\b|\bRegister-\w{1,30}Event\b/i;

const per = patternRuleMaker('persistence', REMEDIATION, 'code');

const escalate = (base: PatternRule['severity']) => (m: { lineText: string }) =>
  NETWORKY.test(m.lineText) ? 'HIGH' : base;

/** The appended line is a shell variable (`echo "$key" >>`, `printf '%s\n' "$k" >>`), not a literal or a file. */
const APPENDS_VARIABLE =
  /\b(?:echo|printf\s+["']%s\\n["'])\s+["']?\$\{?\w+\}?["']?\s*>>\s*["']?\S*authorized_keys/;
/** A public key written out in the file: a planted key rather than one the user supplies. */
const KEY_LITERAL =
  /\b(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-[\w-]+|sk-ssh-ed25519@openssh\.com)\s+AAAA[\w+/]{12}/;
/** The script insists its input is a `.pub` file (`case "$pub" in *.pub)`, `[[ $p == *.pub ]]`). */
const PUB_FILE_GUARD = /\*\.pub\b/;
const FETCHES = /\b(?:curl|wget)\b|https?:\/\//;

/**
 * Installing the user's own public key: the script takes a `.pub` file it checks, appends it through a
 * variable, and neither embeds a key nor fetches one. Planted keys are literals or come from the network.
 */
function appendsUserSuppliedKey(line: string, file: string): boolean {
  return (
    (APPENDS_VARIABLE.test(line) &&
      PUB_FILE_GUARD.test(file) &&
      !KEY_LITERAL.test(file) &&
      !FETCHES.test(file)) ||
    appendsOwnNewKey(line, file)
  );
}

/** A variable set to an authorized_keys path (`ak=/etc/dropbear/authorized_keys`, `local f="$HOME/.ssh/authorized_keys"`). */
const KEYS_FILE_SET =
  /(?:^|[\s;&(])(?:(?:local|export|readonly|declare)\s{1,4}(?:-\w{1,4}\s{1,4})?)?(\w{1,40})=["']?([^\s"';|&=]{0,200}authorized_keys2?)\b/gm;

/** Per script (the last one read), the authorized_keys paths its variables are set to. */
let keysFileCache: { file: string; paths: Map<string, string> } | null = null;

/** The path an authorized_keys variable is set to, if the script sets one. */
function keysFileOf(name: string, file: string): string | null {
  if (keysFileCache?.file !== file) {
    const paths = new Map<string, string>();
    for (const m of file.matchAll(KEYS_FILE_SET)) if (!paths.has(m[1])) paths.set(m[1], m[2]);
    keysFileCache = { file, paths };
  }
  return keysFileCache.paths.get(name) ?? null;
}

/** Files that keep a way in: SSH keys (or all of dropbear's folder) and the root crontab. */
const KEPT_BACKDOOR = /\bauthorized_keys2?\b|\/etc\/crontabs\/root\b|\/etc\/dropbear\/?(?=["'\s;]|$)/m;

/** The appended line is a variable or an interpolation (`f"echo {shlex.quote(pub)} >> …"`). */
const APPENDS_INTERPOLATED =
  /\b(?:echo|printf\s+["']%s\\n["'])\s+["']?(?:\$\{?[\w.]{1,60}\}?|\{[\w.()\s]{1,60}\})["']?\s*>>\s*["']?\S*authorized_keys/;
/** The script generates the key pair itself (`ssh-keygen -t ed25519 -f KEY`) and reads its `.pub` half. */
const KEYGEN_TYPE = /\bssh-keygen\b[^\n]{0,300}["',\s]-t\b/;
const KEYGEN_FILE = /\bssh-keygen\b[^\n]{0,300}["',\s]-f\b/;
const PUB_HALF = /\.pub\b/;
/** Ways to send a file elsewhere besides a fetch: how a generated private key would leave. */
const SENDS_FILE =
  /\b(?:requests\.(?:post|put)|urlopen|urllib|httpx|http\.client|smtplib|ftplib|scp|rsync|ncat|nc)\b|\bsocket\./;

/**
 * Rotating to a fresh key: the script makes the pair with `ssh-keygen`, appends the public half
 * through a variable, and neither embeds a key, fetches anything, nor sends files anywhere.
 */
function appendsOwnNewKey(line: string, file: string): boolean {
  return (
    APPENDS_INTERPOLATED.test(line) &&
    KEYGEN_TYPE.test(file) &&
    KEYGEN_FILE.test(file) &&
    PUB_HALF.test(file) &&
    !KEY_LITERAL.test(file) &&
    !FETCHES.test(file) &&
    !SENDS_FILE.test(file)
  );
}

/**
 * Opening a file for appending. `open(p, "a").close()` only creates the file (a `touch`), writing nothing,
 * so it is left out.
 */
const APPEND_OPEN = gated(
  /\.open\(\s*["']a\+?["'](?!\s*\)\s*\.close\(\s*\))|\bopen\([^)\n]{0,200},\s*["']a\+?b?["'](?!\s*\)\s*\.close\(\s*\))|\bappendFile(?:Sync)?\s*\(|\bflag\s*:\s*["']a["']/g,
);

/** Code that fetches, opens connections, runs commands or evaluates code. */
const NET_OR_EXEC = gated(
  /\b(?:urllib|urlopen|requests\.|httpx|http\.client|socket\.|subprocess|os\.(?:system|popen|exec\w*|spawn\w*)|pty\.spawn)\b|(?<![\w.])(?:exec|eval|compile|__import__)\s*\(|\bb(?:64|32|16|85)decode\b|\bzlib\.decompress\b|\bmarshal\.loads\b/,
);
/** A `.pth` line site.py runs: it starts with `import` and a space or tab. */
const PTH_IMPORT_LINE = /^import[ \t][^\n]*/gm;
/** A `.pth` line written by code: a string literal starting `import `. Looking up site-packages is not one. */
const PTH_IMPORT_LITERAL = /["']import[ \t]+[\w.]+[^"'\n]{0,300}/g;
const SITE_LOOKUP = /\b(?:get(?:user)?sitepackages|sysconfig|USER_SITE|get_python_lib)\b/;
const PTH_PATH = gated(/\.pth\b/);
const SITE_PACKAGES = gated(
  /site-packages|dist-packages|\bget(?:user)?sitepackages\b|\bUSER_SITE\b|\bget_python_lib\b|\bsysconfig\.get_paths?\b|\bpurelib\b/,
);

/** Literals side by side on one line, which Python glues into one (`"imp" "ort os"` is `"import os"`). */
const ADJACENT_LITERALS =
  /"(?:[^"\\\n]|\\.){0,300}"(?:[ \t]+"(?:[^"\\\n]|\\.){0,300}")+|'(?:[^'\\\n]|\\.){0,300}'(?:[ \t]+'(?:[^'\\\n]|\\.){0,300}')+/g;

/** Python text with adjacent literals glued as the interpreter reads them; lines stay in place. */
function gluedLiterals(text: string): string {
  return text.replace(ADJACENT_LITERALS, (m) => {
    const q = m[0];
    return (
      q +
      m
        .slice(1, -1)
        .split(q === '"' ? /"[ \t]+"/ : /'[ \t]+'/)
        .join('') +
      q
    );
  });
}

/** What is read of one hook line (a real one is short). */
const MAX_HOOK_LINE = 2000;

/** Top-level module names a `.pth` import line loads (`import a, b as c; ...`, `__import__('d')`). */
function importedModules(line: string): string[] {
  const names: string[] = [];
  for (const stmt of line.split(';')) {
    const imp = /^\s*import[ \t]([\w.,\s]*)$/.exec(stmt.replace(/[ \t]as[ \t]+\w+/g, ''));
    if (imp) for (const n of imp[1].split(',')) names.push(n.trim().split('.')[0]);
    const dyn = /__import__\s*\(\s*["']([\w.]+)/.exec(stmt);
    if (dyn) names.push(dyn[1].split('.')[0]);
  }
  return names.filter(Boolean);
}

/** The skill ships the module (`name.py` or a `name/` package) and its code fetches, connects or executes. */
function shippedModuleRuns(name: string, files: CustomInput['files']): boolean {
  return files.some((f) => {
    const at = f.path.lastIndexOf(`${name}/`);
    const inPackage = at !== -1 && (at === 0 || f.path[at - 1] === '/') && f.path.endsWith('.py');
    const single = f.path === `${name}.py` || f.path.endsWith(`/${name}.py`);
    return (inPackage || single) && testFile(NET_OR_EXEC, f);
  });
}

/** HIGH when the line itself fetches or executes, or loads a module of the skill that does. */
function hookSeverity(whole: string, files: CustomInput['files']): 'HIGH' | 'MEDIUM' {
  const line = whole.slice(0, MAX_HOOK_LINE);
  if (NET_OR_EXEC.test(line)) return 'HIGH';
  return importedModules(line).some((m) => shippedModuleRuns(m, files)) ? 'HIGH' : 'MEDIUM';
}

/**
 * Python startup hooks: an `import` line of a `.pth` file runs in every interpreter started on the
 * machine. Shipped as a `.pth` file, or written into site-packages by the skill's code.
 */
function pthHooks({ segments, files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const f of files) {
    if (!PTH_FILE.test(f.path)) continue;
    const starts = lineStarts(f.text);
    for (const m of f.text.matchAll(PTH_IMPORT_LINE)) {
      out.push({
        file: f.path,
        line: lineIndexOf(starts, m.index) + 1,
        evidence: clean(m[0]),
        severity: hookSeverity(m[0], files),
      });
      break;
    }
  }
  for (const seg of segments) {
    if (seg.kind !== 'code' || !PROGRAM_LANGS.includes(seg.lang)) continue;
    if (!testSegment(PTH_PATH, seg) || !testSegment(SITE_PACKAGES, seg)) continue;
    const text = seg.lang === 'python' ? gluedLiterals(seg.text) : seg.text;
    for (const m of text.matchAll(PTH_IMPORT_LITERAL)) {
      const line = m[0].slice(1);
      if (SITE_LOOKUP.test(line)) continue;
      out.push({
        file: seg.file,
        line: fileLineOf(seg, lineIndexOf(lineStarts(text), m.index)),
        evidence: clean(line),
        severity: hookSeverity(line, files),
        depth: seg.depth,
      });
      break;
    }
  }
  return out;
}

/** A recurring trigger being set up: timer unit keys, launchd intervals, a crontab write, a scheduled task. */
const RECURRING_SCHEDULE = gated(
  /^[ \t]*On(?:UnitActiveSec|UnitInactiveSec|Calendar|BootSec|StartupSec)\s*=|<key>\s*Start(?:Calendar)?Interval\s*<\/key>|\|\s*crontab\s+-(?:\s|$)|\bschtasks\s+\/create\b/im,
);
/** A download piped into a shell or interpreter, on one line. */
const FETCH_TO_SHELL = new RegExp(`\\b(?:curl|wget)\\b(?:[^\\n|;&]|&(?![&\\s])){0,400}${SHELL_SINK}`, 'i');
/** A heredoc opener (`<<'EOF'`, `<<-EOF`): its body is a file being written, not a command run now. */
const HEREDOC_OPEN = /<<-?[ \t]*["']?([A-Za-z_]\w*)["']?/;

/**
 * Shell scripts that write a script whose body pipes a download into a shell, and set up a timer,
 * launch agent or cron job: the machine runs whatever the server sends, on every tick. A one-off
 * installer followed by `systemctl enable` of the installed service is not this: the fetch is run
 * once, in the open, not written into the scheduled file.
 */
function scheduledRemoteExec({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.lang !== 'shell' || !testSegment(RECURRING_SCHEDULE, seg)) continue;
    const hit = fetchToShellInHeredoc(seg.text);
    if (hit === null) continue;
    out.push({
      file: seg.file,
      line: fileLineOf(seg, hit.line),
      evidence: clean(hit.text),
      depth: seg.depth,
    });
  }
  return out;
}

/** The first line inside a heredoc body that pipes a download into a shell (0-based line index). */
function fetchToShellInHeredoc(text: string): { line: number; text: string } | null {
  const lines = linesOf(text);
  let end: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (end !== null) {
      if (line.trim() === end) end = null;
      else if (
        FETCH_TO_SHELL.test(line.slice(0, MAX_HOOK_LINE)) ||
        runsDownload(line.slice(0, MAX_HOOK_LINE))
      )
        return { line: i, text: line };
      continue;
    }
    const open = HEREDOC_OPEN.exec(line.slice(0, MAX_HOOK_LINE));
    if (open) end = open[1];
  }
  return null;
}

/** A systemd unit's command line (`ExecStart=`, `ExecStartPre=`, …). Group 1 is the command. */
const UNIT_EXEC = /^[ \t]*Exec(?:Start|StartPre|StartPost|Reload)[ \t]*=[ \t]*([^\n]{1,2000})$/gm;
/** A template placeholder: `@NAME@` (autoconf/sed), `{{ name }}` (Jinja, Mustache, Go), `${NAME}` (envsubst). */
const PLACEHOLDER =
  /@([A-Za-z_][\w.-]{0,40})@|\{\{-?\s*\.?([A-Za-z_][\w.-]{0,40})\s*-?\}\}|\$\{([A-Za-z_]\w{0,40})\}/g;
/** Files a renderer reads values from: TOML, INI, YAML, JSON, env and properties files. */
const CONFIG_FILE = /\.(?:toml|ini|cfg|conf|ya?ml|json|env|properties)$/i;
/** A `key = value`, `key: value` or `"key": value` line, and a `[section]` header. */
const CONFIG_LINE = /^[ \t]*["']?([A-Za-z_][\w.-]{0,60})["']?[ \t]*[:=][ \t]*([^\n]{1,400})$/;
const SECTION_LINE = /^[ \t]*\[+[ \t]*([A-Za-z_][\w.-]{0,60})[ \t]*\]+[ \t]*$/;
/** Lines of one config file read for values (a real one is short). */
const MAX_CONFIG_LINES = 2000;

const keyOf = (k: string) => k.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Plain values of the skill's config files, by normalised key and by `section` + key. */
function configValues(files: CustomInput['files']): Map<string, string> {
  const values = new Map<string, string>();
  for (const f of files) {
    if (!CONFIG_FILE.test(f.path)) continue;
    let section = '';
    const lines = linesOf(f.text);
    for (let i = 0; i < lines.length && i < MAX_CONFIG_LINES; i++) {
      const head = SECTION_LINE.exec(lines[i]);
      if (head) {
        section = head[1];
        continue;
      }
      const m = CONFIG_LINE.exec(lines[i]);
      if (!m) continue;
      const value = m[2]
        .trim()
        .replace(/,$/, '')
        .replace(/^(["'])(.*)\1$/, '$2');
      if (value === '' || /^[[{]/.test(value)) continue;
      for (const k of [keyOf(m[1]), keyOf(m[1].split('.').pop() ?? ''), keyOf(section + m[1])]) {
        if (k !== '' && !values.has(k)) values.set(k, value);
      }
    }
  }
  return values;
}

/**
 * The config value a placeholder stands for: the same key, else a key it abbreviates or extends
 * (`@INTERP@` for `interpreter`, `{{ runtime_source }}` for `source` under `[runtime]`).
 */
function valueFor(name: string, values: Map<string, string>): string | undefined {
  const p = keyOf(name);
  if (p.length === 0) return undefined;
  const exact = values.get(p);
  if (exact !== undefined) return exact;
  if (p.length < 3) return undefined;
  for (const [k, v] of values) {
    if (k.length >= 3 && (k.startsWith(p) || p.startsWith(k) || p.endsWith(k))) return v;
  }
  return undefined;
}

/**
 * A systemd service whose command, once its template placeholders are filled from the skill's config
 * files, runs a download (`sh <(curl …)`, `curl … | bash`), installed with a timer or enabled: every
 * tick runs whatever the server sends. The command is split between a unit template and a config file
 * so neither reads as a download-and-run on its own.
 */
function renderedUnitRemoteExec({ files }: CustomInput): RawHit[] {
  // The cheap literal first: most skills ship no unit file, and the schedule test scans every file.
  if (!files.some((f) => f.text.includes('[Service]'))) return [];
  if (
    !files.some((f) => testFile(RECURRING_SCHEDULE, f) || /\bsystemctl\s+(?:--user\s+)?enable\b/.test(f.text))
  )
    return [];
  let values: Map<string, string> | null = null;
  const out: RawHit[] = [];
  for (const f of files) {
    if (!/^[ \t]*\[Service\][ \t]*$/m.test(f.text)) continue;
    for (const m of f.text.matchAll(UNIT_EXEC)) {
      const command = m[1];
      PLACEHOLDER.lastIndex = 0;
      if (!PLACEHOLDER.test(command)) continue;
      values ??= configValues(files);
      const vals = values;
      const rendered = command.replace(
        PLACEHOLDER,
        (whole: string, a?: string, b?: string, c?: string) => valueFor(a ?? b ?? c ?? '', vals) ?? whole,
      );
      if (rendered === command || !runsDownload(rendered)) continue;
      out.push({
        file: f.path,
        line: lineIndexOf(lineStarts(f.text), m.index) + 1,
        evidence: clean(`${m[0].trim()} → ${rendered}`),
      });
      break;
    }
  }
  return out;
}

/**
 * A launch agent under Apple's reserved `com.apple.` label, installed by the skill's own program:
 * a third party naming its job after a system daemon is hiding it from anyone reading the list.
 * Detection notes that quote such a plist are markdown or XML, never a script that loads one.
 */
const APPLE_LABEL = gated(
  /<string>\s*com\.apple\.[\w.-]+\s*<\/string>|\bLABEL\w*\s*[:=]\s*["'`]?com\.apple\.[\w.-]+|["'`/]com\.apple\.[\w.-]+\.plist\b/i,
);
const LAUNCH_AGENT_DIR = gated(/Library(?:\/|["'`]\s*,\s*["'`])Launch(?:Agents|Daemons)\b/);
const LAUNCH_AGENT_LOAD = gated(/\blaunchctl\s+(?:load|bootstrap|enable)\b/g);

/**
 * A user-level (home folder) agent config folder named next to an instruction or rules file:
 * `$HOME/.claude/CLAUDE.md`, `~/.codex/AGENTS.md`, `Path.home() / ".openclaw" / "SOUL.md"`, `~/.cursor/rules/x.mdc`.
 * Group 1 is the agent's folder.
 */
const GLOBAL_AGENT_FILE =
  /(?:~|\$\{?HOME\}?|\bhome\(\)|\bhomedir\(\)|\bexpanduser\(\s*["']~|%USERPROFILE%|\$env:USERPROFILE)[\w./\\"'\s,+-]{0,12}?[/\\"']\.(claude|codex|openclaw|clawd|cursor|gemini|windsurf|continue|aider|kiro|roo|cline|copilot)\b[\w./\\"'\s,+-]{0,40}?(?:\b(?:CLAUDE|AGENTS|SOUL|MEMORY|GEMINI|HEARTBEAT|IDENTITY|TOOLS|USER|RULES|INSTRUCTIONS)\.md\b|\.mdc\b|\.cursorrules\b|\brules\/|\bmemor(?:y|ies)\/)/gi;
const AGENT_DIR = gated(
  /\.(?:claude|codex|openclaw|clawd|cursor|gemini|windsurf|continue|aider|kiro|roo|cline|copilot)\b/i,
);
/** Appending to a path held in a variable or loop name (`>> "$f"`, `tee -a "$target"`, `open(p, "a")`). */
const APPEND_TO_VARIABLE = gated(
  /(?<![\d&])>>\s*["']?\$\{?[A-Za-z_]\w*|\btee\s+(?:-\w+\s+)*-a\s+(?:-\w+\s+)*["']?\$\{?[A-Za-z_]\w*|\bopen\(\s*[A-Za-z_][\w.]*\s*,\s*["']a\+?["']|\.open\(\s*["']a\+?["']|\bappendFile(?:Sync)?\s*\(\s*[A-Za-z_]\w*\s*,|\bAdd-Content\s+(?:-Path\s+)?\$\w+/g,
);

/**
 * Scripts that append to the user's own (home folder) agent instruction files through a path variable,
 * typically a loop over several agents' files: every later session of those agents, in every project,
 * reads the appended text as standing instructions. HIGH when several agents' files are targeted at
 * once; a project's AGENTS.md, or a file the user passes in, is not this.
 */
function globalAgentFileAppends({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'decoded' && (seg.kind !== 'code' || !PROGRAM_LANGS.includes(seg.lang))) continue;
    if (!testSegment(AGENT_DIR, seg)) continue;
    APPEND_TO_VARIABLE.lastIndex = 0;
    if (!testSegment(APPEND_TO_VARIABLE, seg)) continue;
    const agents = new Set<string>();
    let first = -1;
    for (const m of seg.text.matchAll(GLOBAL_AGENT_FILE)) {
      agents.add(m[1].toLowerCase());
      if (first === -1) first = m.index;
    }
    if (agents.size === 0) continue;
    // The append that follows the agent files' names (the loop's body), else the first one.
    APPEND_TO_VARIABLE.lastIndex = first;
    let sink = APPEND_TO_VARIABLE.exec(seg.text);
    if (sink === null) {
      APPEND_TO_VARIABLE.lastIndex = 0;
      sink = APPEND_TO_VARIABLE.exec(seg.text);
    }
    if (sink === null) continue;
    out.push({
      file: seg.file,
      line: fileLineOf(seg, lineIndexOf(lineStarts(seg.text), sink.index)),
      evidence: clean(linesOf(seg.text)[lineIndexOf(lineStarts(seg.text), sink.index)] ?? sink[0]),
      severity: agents.size >= 2 ? 'HIGH' : 'MEDIUM',
      depth: seg.depth,
    });
  }
  return out;
}

/**
 * Windows autostart: a scheduled task (`schtasks /create`, `Register-ScheduledTask`), a Run / RunOnce
 * key (`reg add …\Run`, `New-ItemProperty …\CurrentVersion\Run`, also with the key's name joined from
 * pieces), the Startup folder, or a WMI event subscription.
 */
const WINDOWS_AUTOSTART = gated(
  /\bschtasks(?:\.exe)?\s{1,4}\/create\b|\bRegister-ScheduledTask\b|\bNew-ScheduledTaskTrigger\b|\breg(?:\.exe)?\s{1,4}add\s{1,4}\S{0,200}?\\Run(?:Once)?\b|CurrentVersion\\{1,2}(?:['"]\s{0,4}\+\s{0,4}['"])?Run(?:Once)?\b|\\Start Menu\\Programs\\Startup\b|\[Environment\]::GetFolderPath\(\s{0,4}['"]Startup['"]|\b__EventFilter\b|\bCommandLineEventConsumer\b/i,
);
/**
 * What the autostart launches is kept out of sight (`powershell -WindowStyle Hidden`, `-w hidden`,
 * `-ExecutionPolicy Bypass`, `wscript` of a `.vbs` launcher) or filed under Microsoft's own task folders
 * (`\Microsoft\Windows\…`, `Microsoft\Office\…`), where nobody looks for a skill's task.
 */
const WINDOWS_AUTOSTART_CONCEALED = gated(
  /(?:^|[\s'"`])-(?:WindowStyle|win?|w)\s{1,4}['"]?Hidden\b|(?:^|[\s'"`])-(?:ExecutionPolicy|ep|exec)\s{1,4}['"]?Bypass\b|\/TN\s{1,4}['"]?\\?Microsoft\\|['"]\\?Microsoft\\(?:Windows|Office)\\[^'"\n]{1,120}['"]|-TaskPath\s{1,4}['"]?\\?Microsoft\\/gim,
);
/**
 * `-ExecutionPolicy Bypass -File <script>` is how a task runs a plain local .ps1 at all (the default
 * policy blocks unsigned scripts): with a visible window, a script kept outside the profile's hidden
 * folders and no inline or encoded command, the bypass conceals nothing by itself.
 */
const BYPASS_ONLY = /^(?:^|[\s'"`])-(?:ExecutionPolicy|ep|exec)\s/i;
const RUNS_FILE = /\s-(?:File|f)\s{1,4}\S/i;
const INLINE_OR_HIDDEN_TARGET =
  /\s-(?:Command|c|EncodedCommand|enc|ec|e)\s|\bAppData\b|%(?:APPDATA|LOCALAPPDATA|TEMP|TMP)%|\$env:(?:APPDATA|LOCALAPPDATA|TEMP|TMP)\b|\\(?:Temp|Users\\Public)\\/i;

function concealingLaunch(match: string, seg: Segment, at: number): boolean {
  if (!BYPASS_ONLY.test(match)) return true;
  const rest = seg.text.slice(at + match.length, at + match.length + 400).split('\n', 1)[0];
  return !RUNS_FILE.test(rest) || INLINE_OR_HIDDEN_TARGET.test(rest);
}

/** Truncation, not a write: `: > /etc/ld.so.preload`, `echo -n >`, `cat /dev/null >`, a bare `>` (IR clean-up). */
const TRUNCATES_BEFORE =
  /(?:^|[;&|({]\s{0,4})(?:sudo\s{1,4})?(?::|true|echo(?:\s{1,4}-n)?(?:\s{1,4}(?:""|''))?|printf\s{1,4}(?:""|'')|cat\s{1,4}\/dev\/null)?\s{0,4}$/;
/** Well-known allocators and sanitizers people preload for speed or debugging. */
const PRELOAD_ALLOCATOR = /\blib(?:jemalloc|tcmalloc(?:_minimal)?|mimalloc|hoard|asan|tsan|ubsan)\b/i;
/** A shared library built by the same script (`gcc -shared -o lib.so src.c`). */
const BUILDS_SHARED = /\b(?:gcc|cc|clang|g\+\+|clang\+\+|tcc)\b[^\n]{0,300}\s-shared\b/;

/** Severity of a system-wide preload write (see SG-PERSIST-015). */
function preloadSeverity(m: MatchInfo, ctx: SkillContext): PatternRule['severity'] | null {
  const at = m.lineText.indexOf(m.match);
  if (/^>/.test(m.match) && at >= 0 && TRUNCATES_BEFORE.test(m.lineText.slice(0, at))) return null;
  const builds = BUILDS_SHARED.test(ctx.fileText(m.segment.file)) || BUILDS_SHARED.test(m.segment.text);
  if (builds) return 'CRITICAL';
  if (/^LD_PRELOAD/i.test(m.match) && PRELOAD_ALLOCATOR.test(m.lineText)) return 'MEDIUM';
  return 'HIGH';
}

/**
 * A C/C++ constructor (`__attribute__((constructor))`, `#pragma init`, an MSVC `.CRT$XC` entry):
 * code that runs inside every program that loads the library, before `main`.
 */
const C_CONSTRUCTOR = gated(
  /__attribute__\s{0,4}\(\(\s{0,4}(?:__)?constructor(?:__)?\b|#\s{0,4}pragma\s{1,4}init\b|__declspec\s{0,4}\(\s{0,4}allocate\s{0,4}\(\s{0,4}"\.CRT\$XC/,
);
/**
 * What a preloaded library's constructor has no business doing: touching SSH login keys, password or
 * sudo files, running a shell or a command, taking root, connecting out, hiding the preload.
 */
const CONSTRUCTOR_BACKDOOR = gated(
  /\.ssh\/|\.ssh["']|\bauthorized_keys\b|\/etc\/(?:shadow|sudoers|passwd)\b|\bsystem\s{0,4}\(\s{0,4}[^)\s]|\bpopen\s{0,4}\(|\bexec[lv]p?e?\s{0,4}\(\s{0,4}"\/bin\/(?:ba|da|z)?sh\b|\bset(?:res|e)?[ug]id\s{0,4}\(\s{0,4}0\b|\bconnect\s{0,4}\(\s{0,4}\w|\bunsetenv\s{0,4}\(\s{0,4}"LD_PRELOAD"/,
);
/** The skill registers a preload (system-wide or through the environment). */
const MENTIONS_PRELOAD = /\bld\.so\.preload\b|\bLD_PRELOAD\s{0,4}=|DYLD_INSERT_LIBRARIES\s{0,4}=/;

/** C sources whose load-time constructor does a backdoor's work (see SG-PERSIST-016). */
function constructorBackdoors({ segments, files }: CustomInput): RawHit[] {
  const preloads = files.some((f) => MENTIONS_PRELOAD.test(f.text));
  return sinkWithSources(segments, ['other'], [C_CONSTRUCTOR], CONSTRUCTOR_BACKDOOR).map((h) => ({
    ...h,
    severity: preloads ? 'CRITICAL' : 'HIGH',
  }));
}

/**
 * Agent instruction and memory files every later session reads: a workspace's AGENTS.md, the user's
 * CLAUDE.md or MEMORY.md, an agent's rules files.
 */
const PLANTED_AGENT_FILE =
  /\b(?:AGENTS|CLAUDE|MEMORY|SOUL|GEMINI|HEARTBEAT|IDENTITY)\.md\b|\.(?:cursorrules|windsurfrules|clinerules)\b|\bcopilot-instructions\.md\b|\.cursor\/rules\//g;
/** Putting text into a file: in prose, or a shell append. */
const PLANT_VERB =
  /\b(?:append|add|copy|copie|paste|merge|insert|write|save|persist|put|place|store|prepend)(?:s|d|ed|ing)?\b|>>|\btee\b/gi;
/** A path-like word naming a file: `assets/workspace-preferences.md`, `prefs.txt`. */
const FILE_WORD = /[\w.-]{0,80}(?:\/[\w.-]{1,80}){0,6}\.[A-Za-z]{1,10}\b/g;
/** An outside destination: a URL or an email address. */
const OUTSIDE_ADDRESS = /\bhttps?:\/\/[^\s)>"'`]{3,200}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b/g;
const SEND_VERB =
  /\b(?:send|post|upload|forward|e-?mail|mail|submit|transmit|bcc|cc|sync|push|share|deliver|copy|copies)(?:s|ed|ing|es)?\b/i;
/** Standing rules: for every later occasion, not this one. */
const STANDING =
  /\b(?:whenever|every\s+time|each\s+time|always|automatically|any\s+time|anytime|from\s+now\s+on|every\s+session|all\s+future|future\s+sessions?|on\s+every|for\s+every|any\s+(?:document|file|request|conversation|session))\b/i;
const CONCEALS =
  /\b(?:do\s+not|don'?t|never)\s+(?:mention|tell|report|show|surface|disclose|inform|notify|bring\s+up)\b|\bsilently\b|\bquietly\b|\bwithout\s+(?:telling|mentioning|asking|notifying|informing)\b/i;
const SENT_DATA =
  /\b(?:documents?|data|files?|contents?|records?|copy|copies|text|transcripts?|conversations?|credentials?|secrets?|tokens?|keys?|exports?|personal|\.env)\b/i;
const MAX_AGENT_FILE_MENTIONS = 50;
const DATA_FILE = /\.(?:json|jsonl|ndjson|log|csv|tsv|ya?ml|toml|xml|har)$/i;
const MAX_ADDRESSES = 50;

const BLANK_LINE = /\n[ \t]*\n/g;

/** The blank-line-delimited paragraph around `at`, at most `back` characters before and `ahead` after. */
function paragraphAround(
  text: string,
  at: number,
  back: number,
  ahead: number,
): { from: number; to: number } {
  const lo = Math.max(0, at - back);
  const before = text.slice(lo, at);
  let blank = -1;
  for (const b of before.matchAll(BLANK_LINE)) blank = b.index;
  const from = blank === -1 ? lo : lo + blank + 1;
  const after = text.slice(at, at + ahead);
  BLANK_LINE.lastIndex = 0;
  const end = BLANK_LINE.exec(after)?.index ?? -1;
  return { from, to: end === -1 ? at + after.length : at + end };
}

/** An upload command on the address's line: curl/wget/HTTPie/PowerShell sending a body or a file. */
const UPLOAD_COMMAND =
  /\b(?:curl|wget|http|Invoke-RestMethod|Invoke-WebRequest|irm|iwr)\b[^\n]{0,200}?(?:\s-d\b|\s-F\b|\s-T\b|--data\S{0,8}|--form|--upload-file|-X\s{0,2}(?:POST|PUT)\b|--post-(?:data|file)\b|-Method\s{1,4}(?:Post|Put)\b|-InFile\b)/i;
const DESTINATION_WORD = /\b(?:to|into|at|via)\b/gi;

/** The text before an address ends in "send … to [the records mailbox]": the address is where data goes. */
function sentTo(lead: string): boolean {
  const line = lead.slice(lead.lastIndexOf('\n') + 1);
  if (UPLOAD_COMMAND.test(line)) return true;
  const tail = lead.slice(-80);
  let last = -1;
  for (const d of tail.matchAll(DESTINATION_WORD)) last = d.index;
  if (last === -1 || /[.;!?]/.test(tail.slice(last))) return false;
  return SEND_VERB.test(lead.slice(0, lead.length - tail.length + last));
}

/**
 * A standing instruction to send data to an outside address: a send verb before a URL or email in its
 * paragraph, with the rule made standing ("whenever", "automatically") over data, or kept from the user.
 * CRITICAL when both.
 */
function standingSendOut(text: string): 'HIGH' | 'CRITICAL' | null {
  if (!text.includes('@') && !text.includes('://')) return null;
  let n = 0;
  let best: 'HIGH' | 'CRITICAL' | null = null;
  for (const m of text.matchAll(OUTSIDE_ADDRESS)) {
    if (++n > MAX_ADDRESSES) break;
    const { from, to } = paragraphAround(text, m.index, 1500, 600);
    if (!sentTo(text.slice(Math.max(from, m.index - 250), m.index))) continue;
    const para = text.slice(from, to);
    const standing = STANDING.test(para) && SENT_DATA.test(para);
    const conceals = CONCEALS.test(para);
    if (standing && conceals) return 'CRITICAL';
    if (standing || conceals) best = 'HIGH';
  }
  return best;
}

/**
 * The skill has the agent copy text into its instruction or memory files (AGENTS.md, CLAUDE.md,
 * MEMORY.md, rules files), a bundled file or the text that follows, and that text is a standing rule to
 * send data to an outside address, made automatic or kept from the user: every later session carries
 * the exfiltration on after the skill is gone.
 */
function plantedSendRules({ files }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  // A bundled file named by several instructions is judged once.
  const judged = new Map<string, 'HIGH' | 'CRITICAL' | null>();
  for (const f of files) {
    // Instructions and scripts plant; records and data files (logs, JSON, tables) only mention.
    if (DATA_FILE.test(f.path)) continue;
    let n = 0;
    for (const m of f.text.matchAll(PLANTED_AGENT_FILE)) {
      if (++n > MAX_AGENT_FILE_MENTIONS) break;
      const { from, to } = paragraphAround(f.text, m.index, 400, 300);
      let verb = -1;
      for (const v of f.text.slice(from, m.index).matchAll(PLANT_VERB)) verb = from + v.index;
      if (verb === -1) continue;
      // The text planted: bundled files the paragraph names, else what follows up to the next heading.
      const payloads: string[] = [];
      for (const w of f.text.slice(from, to).matchAll(FILE_WORD)) {
        const word = w[0].replace(/^\.\//, '');
        if (word.length < 4 || /(?:AGENTS|CLAUDE|MEMORY|SOUL|GEMINI|HEARTBEAT|IDENTITY)\.md$/.test(word))
          continue;
        const other = files.find((o) => o !== f && (o.path === word || o.path.endsWith(`/${word}`)));
        if (other && !payloads.includes(other.text)) payloads.push(other.text);
      }
      if (payloads.length === 0) {
        const rest = f.text.slice(m.index, m.index + 3000);
        const heading = rest.search(/\n#{1,6}[ \t]/);
        payloads.push(heading === -1 ? rest : rest.slice(0, heading));
      }
      let severity: 'HIGH' | 'CRITICAL' | null = null;
      for (const p of payloads) {
        let s = judged.get(p);
        if (s === undefined) judged.set(p, (s = standingSendOut(p)));
        if (s === 'CRITICAL' || (s && !severity)) severity = s;
      }
      if (!severity) continue;
      // Reported where the instruction says to put the text in (the verb's line).
      const idx = lineIndexOf(lineStarts(f.text), verb);
      hits.push({ file: f.path, line: idx + 1, evidence: clean(linesOf(f.text)[idx] ?? m[0]), severity });
      break;
    }
  }
  return hits;
}

/**
 * Startup files an interpreter runs at every session: Julia `startup.jl` (and the old `.juliarc.jl`), R
 * `.Rprofile`/`Rprofile.site`, Python `sitecustomize`/`usercustomize` and `.pythonrc`, IPython's profile
 * startup folder and config, Octave `.octaverc`, MATLAB `startup.m`/`matlabrc.m`, Ruby `.irbrc`/`.pryrc`,
 * GHCi `.ghci`.
 */
const STARTUP_FILE = gated(
  /\bstartup\.jl\b|\.juliarc\.jl\b|\.Rprofile\b|\bRprofile\.site\b|\b(?:site|user)customize\.py\b|\.pythonrc\b|\bipython_(?:kernel_)?config\.py\b|\bprofile_\w{1,40}[/\\]startup\b|["'/\\]startup["'][ \t]{0,4}[,)][^\n]{0,80}\.py\b|\.?octaverc\b|\bstartup\.m\b|\bmatlabrc\.m\b|\.irbrc\b|\.pryrc\b|\.ghci\b/,
);
const STARTUP_FILE_LINE = new RegExp(STARTUP_FILE.source);
const STARTUP_FILE_ALL = new RegExp(STARTUP_FILE.source, 'g');
/**
 * Writing or copying a file: an append or write mode closing a call (`open(p, "a")`, Julia's
 * `open(f, path, "a")`, MATLAB `fopen(p, 'a')`) or given by name (`mode="a"`), R's `append = TRUE`,
 * copies and writers, shell redirection. Each alternative starts at its own distinctive text.
 */
const STARTUP_WRITE = gated(
  /,[ \t]{0,4}["'][aw]\+?b?["'][ \t]{0,4}\)|\bmode[ \t]{0,4}=[ \t]{0,4}["'][aw]|\.write_text[ \t]{0,4}\(|\.open[ \t]{0,4}\([ \t]{0,4}["'][aw]|\b(?:shutil\.copy\w{0,4}|file\.(?:append|copy)|copyfile|writeLines|appendFile\w{0,4}|writeFile\w{0,4}|cp|symlink)[ \t]{0,4}\(|\bappend[ \t]{0,4}=[ \t]{0,4}T(?:RUE)?\b|>>|\btee[ \t]{1,4}-a\b|(?:^|[;&|][ \t]{0,4})(?:cp|install|ln)[ \t]/gm,
);
/** A name bound on a line naming a startup file (`startup = joinpath(cfg, "startup.jl")`, `RPROF="$HOME/.Rprofile"`). */
const BOUND_NAME =
  /^[ \t]{0,40}(?:(?:const|local|export|let|var)[ \t]{1,4})?([A-Za-z_]\w{0,40})[ \t]{0,4}(?:=|<-)/;
/** Code that fetches from the network and code that runs text or a command (not a literal local file). */
const LIVE_FETCH =
  /\b(?:download(?:\.file)?|Downloads\.download|HTTP\.(?:get|request|post)|webread|urlread2?|websave|urlopen|urlretrieve|requests\.get|httpx\.get|getURL|GET|fetch)[ \t]{0,4}\(|\b(?:curl|wget)\b|\burl[ \t]{0,4}\([ \t]{0,4}["']https?:/;
const LIVE_RUN =
  /\binclude_string[ \t]{0,4}\(|\bMeta\.parse|\beval[ \t]{0,4}\([ \t]{0,4}parse[ \t]{0,4}\(|(?<![\w.])(?:eval|evalc|evalin|exec|source|system2?)[ \t]{0,4}\([ \t]{0,4}(?!["'])[\w$.]|\|[ \t]{0,4}(?:ba|z)?sh\b|\bsh[ \t]{1,4}-c\b/;
const MAX_STARTUP_NAMES = 16;
const MAX_NAMED_FILES = 8;
const MAX_STARTUP_WRITES = 2000;
const MAX_LIVE_TEXT = 256 * 1024;

const isLive = (text: string) => {
  const t = text.slice(0, MAX_LIVE_TEXT);
  return LIVE_FETCH.test(t) && LIVE_RUN.test(t);
};

/**
 * A script that writes a language's startup file (appends a hook, copies one in). MEDIUM: a user's
 * `using Revise` or `options(repos = …)` is routine; HIGH when the script, or a file of the skill it
 * names (the hook it installs), fetches from the network and runs what it gets.
 */
function startupFileHooks({ segments, files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'decoded') continue;
    if (!testSegment(STARTUP_FILE, seg)) continue;
    STARTUP_WRITE.lastIndex = 0;
    if (!testSegment(STARTUP_WRITE, seg)) continue;
    const lines = linesOf(seg.text);
    const starts = lineStarts(seg.text);
    const names: string[] = [];
    let mentions = 0;
    let previous = -1;
    for (const m of seg.text.matchAll(STARTUP_FILE_ALL)) {
      if (names.length >= MAX_STARTUP_NAMES || ++mentions > MAX_STARTUP_WRITES) break;
      const line = lineIndexOf(starts, m.index);
      if (line === previous) continue;
      previous = line;
      const bound = BOUND_NAME.exec(lines[line] ?? '');
      if (bound && !names.includes(bound[1])) names.push(bound[1]);
    }
    const named =
      names.length > 0 ? new RegExp(`(?<![\\w.$])\\$?\\{?(?:${names.join('|')})(?![\\w(])`) : null;
    STARTUP_WRITE.lastIndex = 0;
    let hit = -1;
    let last = -1;
    let writes = 0;
    for (const m of seg.text.matchAll(STARTUP_WRITE)) {
      if (++writes > MAX_STARTUP_WRITES) break;
      const line = lineIndexOf(starts, m.index);
      // Each line is read once, however many writes it holds.
      if (line === last) continue;
      last = line;
      const text = lines[line] ?? '';
      if (STARTUP_FILE_LINE.test(text) || (named && named.test(text))) {
        hit = line;
        break;
      }
    }
    if (hit === -1) continue;
    let live = isLive(seg.text);
    if (!live) {
      let n = 0;
      for (const f of files) {
        if (f.path === seg.file) continue;
        const base = f.path.slice(f.path.lastIndexOf('/') + 1);
        if (base.length < 4 || !seg.text.includes(base)) continue;
        if (++n > MAX_NAMED_FILES) break;
        if (isLive(f.text)) {
          live = true;
          break;
        }
      }
    }
    out.push({
      file: seg.file,
      line: fileLineOf(seg, hit),
      evidence: clean(lines[hit] ?? ''),
      severity: live ? 'HIGH' : 'MEDIUM',
      depth: seg.depth,
    });
  }
  return out;
}

/**
 * SG-PERSIST-022: a program creates a privileged account on a service (a request body granting the
 * `superuser`/`admin` role, sent to a users/accounts endpoint) with a credential written into its source:
 * a login the author keeps.
 */
const ADMIN_ROLE_BODY = gated(
  /["']\b(?:role|roles|user_?role|access_?level)["'][ \t]{0,4}:[ \t]{0,4}\[?[ \t]{0,4}["'](?:superuser|super_?admin|admin|administrator|owner|root)["']|["'](?:is_superuser|is_admin|superuser)["'][ \t]{0,4}:[ \t]{0,4}(?:true|True|1)\b/i,
);
/** The endpoint that creates the account. */
const ACCOUNT_ENDPOINT = gated(/\/(?:users|accounts|members|staff|operators)\b/i);
/** A token or password written into the source as a literal (placeholders left out). */
const LITERAL_CREDENTIAL =
  /\b\w{0,40}(?:TOKEN|PASSWORD|PASSWD|SECRET)\w{0,20}[ \t]{0,4}(?::[ \t]{0,4}\w{1,20}[ \t]{0,4})?=[ \t]{0,4}["'](?!YOUR|REPLACE|CHANGE|xxx|<|\$|\{)[^"'\s$<{]{12,200}["']/i;

function privilegedAccountCreation({ segments }: CustomInput): RawHit[] {
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.lang === 'json' || seg.lang === 'yaml' || seg.lang === 'text') continue;
    if (!testSegment(ADMIN_ROLE_BODY, seg) || !testSegment(ACCOUNT_ENDPOINT, seg)) continue;
    if (!LITERAL_CREDENTIAL.test(seg.text)) continue;
    const m = ADMIN_ROLE_BODY.exec(seg.text)!;
    const i = lineIndexOf(lineStarts(seg.text), m.index);
    return [
      { file: seg.file, line: fileLineOf(seg, i), evidence: clean(linesOf(seg.text)[i]), depth: seg.depth },
    ];
  }
  return [];
}

/**
 * SG-PERSIST-024: a skill makes a fixed outside address an administrator of the service it manages: a
 * request to the service's administrators endpoint, and an email literal beside a top admin or owner
 * role, at a domain the skill's documents never name. The account outlives the job and answers to
 * whoever reads that mailbox.
 */
const ADMIN_ENDPOINT_SEND =
  /\b(?:post|put|patch|fetch|request)\w{0,10}[ \t]{0,4}\([^\n]{0,160}?\/(?:administrators|admins|admin[-_]?users|super[-_]?users|owners)(?![\w-])/i;
const EMAIL_LITERAL = /["'`]([\w.+-]{1,64})@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5})["'`]/gi;
/** A role value that rules the account: admin, administrator or owner, maybe master/super/global/full. */
const TOP_ROLE =
  /["']?\b(?:role|roles|role_?name|admin_?role|access_?level|permission_?level)["']?[ \t]{0,4}[:=][ \t]{0,4}\[?[ \t]{0,4}["'](?:(?:master|super|global|full|account|org(?:anization)?|primary|company|site)[ _-]?)?(?:admin(?:istrator)?|owner)["']/i;
const PLACEHOLDER_MAIL_DOMAIN =
  /^(?:example\.(?:com|org|net)|example|test|invalid|localhost|(?:my|your)[\w-]{0,30}\.[a-z]{2,6}|company\.com|domain\.com|acme\.com)$/i;
const ROLE_REACH = 400;
const MAX_EMAILS = 200;
const DOC_FILE = /\.(?:md|markdown|mdx|txt|rst)$/i;

function outsideAdminAccount({ files, ctx }: CustomInput): RawHit[] {
  const sender = files.find(
    (f) => !DOC_FILE.test(f.path) && f.text.includes('/') && ADMIN_ENDPOINT_SEND.test(f.text),
  );
  if (!sender) return [];
  let docs: string | null = null;
  for (const f of files) {
    if (DOC_FILE.test(f.path) || !f.text.includes('@')) continue;
    let n = 0;
    for (const m of f.text.matchAll(EMAIL_LITERAL)) {
      if (++n > MAX_EMAILS) break;
      const window = f.text.slice(Math.max(0, m.index - ROLE_REACH), m.index + m[0].length + ROLE_REACH);
      if (!TOP_ROLE.test(window)) continue;
      const domain = registrable(m[2]);
      if (PLACEHOLDER_MAIL_DOMAIN.test(domain) || isLocalHost(m[2])) continue;
      docs ??= [ctx.identity, ...files.filter((d) => DOC_FILE.test(d.path)).map((d) => d.text)]
        .join('\n')
        .toLowerCase();
      const name = domain.split('.')[0];
      if (docs.includes(domain) || (name.length >= 3 && docs.includes(name))) continue;
      const i = lineIndexOf(lineStarts(f.text), m.index);
      return [{ file: f.path, line: i + 1, evidence: clean(linesOf(f.text)[i] ?? m[0]) }];
    }
  }
  return [];
}

export const PERSISTENCE_RULES: AnyRule[] = [
  {
    type: 'custom',
    id: 'SG-PERSIST-022',
    family: 'persistence',
    severity: 'HIGH',
    message:
      'Creates a privileged (superuser/admin) account on a service through its users endpoint with a token or password written into the source: a login the author keeps',
    remediation:
      'Do not create admin accounts from a skill; if an operator must, take the name and credential from the operator at run time and document it.',
    check: privilegedAccountCreation,
  },
  {
    type: 'custom',
    id: 'SG-PERSIST-024',
    family: 'persistence',
    severity: 'HIGH',
    message:
      'Makes a fixed email address at a domain the documentation never names an administrator or owner of the service the skill manages (a request to its administrators endpoint, the address beside an admin/owner role): a standing admin login for an outside party',
    remediation:
      'Do not create administrator accounts from a skill; if an integration needs an identity, use the least role it needs, take the address from the operator at run time and document it.',
    check: outsideAdminAccount,
  },
  per(
    'SG-PERSIST-023',
    'HIGH',
    'Hides a Windows account from the sign-in screen and user lists (Winlogon SpecialAccounts\\UserList set to 0): an account nobody at the machine sees, a kept backdoor login',
    // `reg add`, `Set-ItemProperty`/`New-ItemProperty`, a merged `.reg` file read as `reg add`; `\\` in a string literal.
    /\bSpecialAccounts\\{1,2}UserList\b[^\n]{0,200}?(?:\/d|-Value)[ \t]{1,4}["']?0\b/gi,
    ['specialaccounts'],
    {
      adjust: (m) =>
        /\breg(?:\.exe)?[ \t]{1,4}add\b|\b(?:Set|New)-ItemProperty\b/i.test(m.lineText) ? 'HIGH' : null,
    },
  ),
  per(
    'SG-PERSIST-001',
    'MEDIUM',
    'Installs a cron job',
    /\|\s*crontab\s+-(?:\s|$)|\bcrontab\s+(?:-u\s+\S+\s+)?[\w./~$-]+\.(?:txt|cron|tmp)\b|>>?\s*\/etc\/cron|\/var\/spool\/cron|\/etc\/cron\.(?:d|daily|hourly)\//g,
    ['crontab', '/etc/cron', '/var/spool/cron'],
    { adjust: escalate('MEDIUM'), tags: ['schedule'] },
  ),
  per(
    'SG-PERSIST-002',
    'MEDIUM',
    'Appends to a shell startup file (runs on every new shell)',
    // Also a loop over the startup files that appends to its variable (`for rc in ~/.bashrc ~/.zshrc; do … >> "$rc"`);
    // the lookaheads keep it linear (the first startup file, then the rest of the line taken whole).
    /(?:>>?|\btee\s+(?:-a\s+)?)\s*["']?(?:(?:~|\$HOME|\/root|\/home\/\w+)\/\.(?:bashrc|zshrc|profile|bash_profile|zprofile|zshenv|bash_login)|\/etc\/(?:profile(?:\.d\/[\w.-]+)?|bash\.bashrc|zshrc))\b|\b(?:Add-Content|Out-File\b[^\n|;]{0,80}?-Append\b[^\n|;]{0,80}?|Set-Content)\s+(?:-(?:Path|FilePath|LiteralPath)\s+)?["']?\$PROFILE\b|(?<!>)>>[ \t]*["']?\$PROFILE\b|\bfor\s+(\w{1,30})\s+in\s+(?=[^\n;]{0,200}?\/\.(?:bashrc|zshrc|profile|bash_profile|zprofile|zshenv)\b)(?=([^\n;]{0,300}))\2[;\n][^]{0,400}?(?:>>|\btee\s+(?:-\w+\s+)*-a\s+)\s*["']?\$\{?\1\b/g,
    ['bashrc', 'zshrc', 'profile', 'zshenv', 'bash_login'],
    {
      // A tool's own shell hook (`eval "$(brew shellenv)"`) is the documented setup, not a payload.
      adjust: (m) =>
        /\beval\s+"\$\((?:\S*\/)?(?:brew|pyenv|rbenv|nodenv|direnv|starship|zoxide|fnm|mise)\s/.test(
          m.lineText,
        )
          ? 'LOW'
          : /\$PROFILE\b/i.test(m.match)
            ? PROFILE_RUNS.test(m.lineText)
              ? NETWORKY.test(m.lineText) || /-WindowStyle\s+Hidden|-w\s+hidden/i.test(m.lineText)
                ? 'HIGH'
                : 'MEDIUM'
              : 'LOW'
            : NETWORKY.test(m.lineText)
              ? 'HIGH'
              : /\bexport\s+(?:PATH|[A-Z_]*HOME)=|\balias\s/.test(m.lineText)
                ? 'LOW'
                : 'MEDIUM',
    },
  ),
  per(
    'SG-PERSIST-003',
    'HIGH',
    'Adds an SSH key to authorized_keys (remote login backdoor)',
    />>?\s*["']?\S*(?:\.ssh|\/etc\/dropbear)\/authorized_keys|\btee\s+(?:-\w+\s+)*["']?\S*authorized_keys|ssh-copy-id\s|>>?\s*["']?\$\{?\w{1,40}\}?["']?(?=[\s;|&)]|$)/gm,
    ['authorized_keys', 'ssh-copy-id'],
    {
      adjust: (m, ctx) => {
        if (/ssh-copy-id/.test(m.lineText)) return 'LOW';
        const file = ctx.fileText(m.segment.file) || m.segment.text;
        let line = m.lineText;
        // A redirect to a variable counts when the script sets it to an authorized_keys path.
        const name = m.match.includes('authorized_keys')
          ? undefined
          : /^>>?\s*["']?\$\{?(\w+)/.exec(m.match)?.[1];
        if (name) {
          const path = keysFileOf(name, file);
          if (!path) return null;
          line = line.replace(new RegExp(`\\$\\{?${name}\\b\\}?`, 'g'), path);
        }
        return appendsUserSuppliedKey(line, file) ? 'MEDIUM' : 'HIGH';
      },
      // Rewriting the file through `grep -v` removes a key (rotation), it adds none.
      unless: /\bgrep\s+-\w*v\w*\b[^\n]*(?<!>)>\s*["']?\S*authorized_keys/,
    },
  ),
  per(
    'SG-PERSIST-004',
    'MEDIUM',
    'Creates a system service or launch agent (survives reboot)',
    /\/etc\/systemd\/system\/[\w@.-]+\.service|\.config\/systemd\/user\/|\bsystemctl\s+(?:--user\s+)?enable\b|Library\/Launch(?:Agents|Daemons)\/|\blaunchctl\s+(?:load|bootstrap)\b|\breg(?:\.exe)?\s+add\s+\S*\\(?:Run|RunOnce)\b|CurrentVersion\\Run\b|\\Start Menu\\Programs\\Startup|\bschtasks(?:\.exe)?\s+\/create\b|\/etc\/rc\.local|\/etc\/init\.d\//gi,
    [
      'systemd',
      'systemctl',
      'launch',
      'launchctl',
      'reg',
      'currentversion',
      'startup',
      'schtasks',
      'rc.local',
      'init.d',
    ],
    {
      adjust: escalate('MEDIUM'),
      tags: ['schedule'],
      starts: [
        '/etc/systemd/',
        '.config/systemd/',
        'systemctl',
        'library/launch',
        'launchctl',
        'reg',
        'currentversion',
        '\\start menu',
        'schtasks',
        '/etc/rc.local',
        '/etc/init.d/',
      ],
    },
  ),
  per(
    'SG-PERSIST-005',
    'MEDIUM',
    'Writes to the agent’s memory or instruction files (persists instructions across sessions)',
    /(?:>>?|\btee\s+(?:-a\s+)?|write_text\(|writeFile\w*\(|appendFile\w*\(|open\([^\n]{0,80}["'][aw]\+?["'])\s*["']?[\w./~$-]*(?:SOUL|MEMORY|AGENTS|CLAUDE|HEARTBEAT|IDENTITY|GEMINI)\.md\b|(?:>>?|\btee\s+(?:-a\s+)?)\s*["']?[\w./~$-]*(?:\.cursorrules|\.claude\/settings(?:\.local)?\.json|\.openclaw\/\S+)/g,
    ['.md', 'cursorrules', '.claude/', '.openclaw/'],
    {
      in: 'code',
      tags: ['agent-config-write'],
      needs: [[...AGENT_FILES, '.cursorrules', '.claude/settings', '.openclaw/']],
    },
  ),
  per(
    'SG-PERSIST-006',
    'MEDIUM',
    'Installs a git hook (runs on every commit)',
    />>?\s*["']?\S*\.git\/hooks\/[\w-]+|\bcore\.hooksPath\b/g,
    ['.git/hooks', 'hookspath'],
    { adjust: escalate('LOW') },
  ),
  per(
    'SG-PERSIST-020',
    'MEDIUM',
    "Adds files to OpenWrt's sysupgrade keep list (/etc/sysupgrade.conf, /lib/upgrade/keep.d/): they survive firmware upgrades and resets to a new image; HIGH when the kept files include SSH authorized_keys or the root crontab",
    /(?:>>?|\btee\s+(?:-a\s+)?)\s*["']?(?:\/etc\/sysupgrade\.conf|\/lib\/upgrade\/keep\.d\/[\w.-]+)/g,
    ['sysupgrade.conf', 'keep.d'],
    {
      // The statement that adds them: the append and the few lines above it (a `for f in … ; do` list).
      adjust: (m) => {
        const lines = linesOf(m.segment.text);
        const statement = lines.slice(Math.max(0, m.lineIndex - 3), m.lineIndex + 1).join('\n');
        return KEPT_BACKDOOR.test(statement) ? 'HIGH' : 'MEDIUM';
      },
    },
  ),
  per(
    'SG-PERSIST-021',
    'MEDIUM',
    'Installs an OpenWrt hotplug.d hook (runs as root on every interface, USB or button event)',
    // Looked for behind the folder, tried only where the folder starts (the lookahead first, so a plain
    // scan does not run the lookbehind at every offset): a redirect or tee into it, or a cp/install/mv/ln
    // whose last argument it is, after up to three sources and a few flags.
    /(?=\/etc\/hotplug\.d\/)(?<=(?:>>?|\btee(?:[ \t]{1,4}-a)?|\b(?:cp|install|mv|ln)(?:[ \t]{1,4}-{1,2}[\w=-]{1,30}){0,4}(?:[ \t]{1,4}["']?[^\s"';|&<>]{1,200}["']?){1,3})[ \t]{0,4}["']?)\/etc\/hotplug\.d\/[\w.-]{1,60}\//g,
    ['/etc/hotplug.d/'],
    { adjust: escalate('MEDIUM'), starts: ['/etc/hotplug.d/'] },
  ),
  {
    type: 'custom',
    id: 'SG-PERSIST-007',
    family: 'persistence',
    severity: 'HIGH',
    message: 'A script appends to an authorized_keys file (remote login backdoor)',
    remediation: REMEDIATION,
    check: ({ segments }) =>
      sinkWithSources(segments, ['python', 'js', 'go', 'ruby'], [/authorized_keys/], APPEND_OPEN),
  },
  {
    type: 'custom',
    id: 'SG-PERSIST-008',
    family: 'persistence',
    severity: 'HIGH',
    message:
      'A git hook refreshes a folder from a remote repository and sources code from it (remote code on every git action)',
    remediation: REMEDIATION,
    // Hooks only: a backup or upgrade script that pulls a repository and sources its own config is routine.
    check: ({ segments }) =>
      sinkWithSources(
        segments.filter((s) => /(?:^|\/)(?:\.git\/)?hooks\//.test(s.file)),
        ['shell'],
        [/\bgit\b[^\n]{0,80}\b(?:pull|fetch)\b/],
        /(?:^|[;&|{(]\s*|&&\s*)(?:\.|source)[ \t]+["']?\$\{?\w+\}?[^\s;&|]*/gm,
      ),
  },
  {
    type: 'custom',
    id: 'SG-PERSIST-009',
    family: 'persistence',
    severity: 'HIGH',
    message:
      'Installs a Python startup hook (an `import` line in a .pth file runs in every Python process; HIGH when it fetches, executes or loads skill code that does)',
    remediation: 'Ship the code as a module the user imports or runs; .pth files should only list paths.',
    check: pthHooks,
  },
  {
    type: 'custom',
    id: 'SG-PERSIST-010',
    family: 'persistence',
    severity: 'HIGH',
    message:
      'Writes a script or service that pipes a download into a shell and schedules it (timer, launch agent, cron; also a unit template whose command is filled in from a config file): runs whatever the server sends, repeatedly',
    remediation: REMEDIATION,
    check: (input) => [...scheduledRemoteExec(input), ...renderedUnitRemoteExec(input)],
  },
  {
    type: 'custom',
    id: 'SG-PERSIST-011',
    family: 'persistence',
    severity: 'HIGH',
    message: "Installs a launch agent disguised under Apple's reserved com.apple. label",
    remediation: REMEDIATION,
    check: ({ segments }) =>
      sinkWithSources(segments, PROGRAM_LANGS, [APPLE_LABEL, LAUNCH_AGENT_DIR], LAUNCH_AGENT_LOAD),
  },
  {
    type: 'custom',
    id: 'SG-PERSIST-012',
    family: 'persistence',
    severity: 'HIGH',
    message:
      'A PHP file runs a command or code taken from the web request (web shell; CRITICAL when the sink is named through an encoded string or by the request)',
    remediation:
      'Remove the script: a skill must never deploy an endpoint that runs commands or code sent by whoever requests it.',
    check: ({ segments }) => phpRequestToSink(segments),
  },
  {
    type: 'custom',
    id: 'SG-PERSIST-013',
    family: 'persistence',
    severity: 'HIGH',
    message:
      "Appends to the user's global agent instruction files (~/.claude/CLAUDE.md, ~/.codex/AGENTS.md, ~/.cursor/rules) through a path variable: standing instructions for every later session (HIGH when several agents' files are targeted)",
    remediation:
      'Show the user the text and let them add it to their agent instructions; never write to global agent files from a script.',
    check: globalAgentFileAppends,
  },
  {
    type: 'custom',
    id: 'SG-PERSIST-014',
    family: 'persistence',
    severity: 'HIGH',
    message:
      'Registers a Windows autostart (scheduled task, Run key, Startup folder, WMI subscription) that launches hidden or policy-bypassing PowerShell, or files it under Microsoft’s own task folders',
    remediation: REMEDIATION,
    check: ({ segments }) =>
      sinkWithSources(
        segments,
        ['shell', 'python', 'js', 'other'],
        [WINDOWS_AUTOSTART],
        WINDOWS_AUTOSTART_CONCEALED,
        concealingLaunch,
        64,
      ),
  },
  per(
    'SG-PERSIST-015',
    'HIGH',
    'Registers a library in /etc/ld.so.preload or writes an LD_PRELOAD export into a startup or environment file: code injected into every program started afterwards (userland rootkit technique; CRITICAL when the same script builds the library)',
    /(?:>>?|\btee[ \t]{1,4}(?:-[\w-]{1,20}[ \t]{1,4}){0,3})[ \t]{0,4}["']?\/etc\/ld\.so\.preload\b|\b(?:cp|install|mv|ln)[ \t]{1,4}[^\n;&|]{0,300}?[ \t]["']?\/etc\/ld\.so\.preload["']?[ \t]{0,4}(?=$|[;&|)])|\b(?:f?open|os\.open)[ \t]{0,4}\([ \t]{0,4}["']\/etc\/ld\.so\.preload["'][ \t]{0,4},[ \t]{0,4}(?:["'][^"'\n]{0,4}[aw+]|O_(?:WRONLY|RDWR|APPEND|CREAT))|\b(?:writeFile|appendFile|write_text|write_bytes|WriteAllText|AppendAllText|WriteFile)\w{0,4}[ \t]{0,4}\([ \t]{0,4}["']\/etc\/ld\.so\.preload["']|["']\/etc\/ld\.so\.preload["'][ \t]{0,4}\)[ \t]{0,4}\.[ \t]{0,4}(?:write_text|write_bytes|open[ \t]{0,4}\([ \t]{0,4}["'][aw])|\bLD_PRELOAD=[^\n]{0,300}?(?:>>?|\btee[ \t]{1,4}(?:-[\w-]{1,20}[ \t]{1,4}){0,3})[ \t]{0,4}["']?(?:(?:~|\$HOME|\$\{HOME\}|\/root|\/home\/[\w.-]{1,40})\/\.(?:bashrc|zshrc|profile|bash_profile|zprofile|zshenv|bash_login|pam_environment|xprofile|config\/environment\.d\/)|\/etc\/(?:environment|profile|bash\.bashrc|zshenv|zsh\/zshenv|zshrc|security\/pam_env\.conf))/gm,
    ['ld.so.preload', 'ld_preload'],
    { adjust: preloadSeverity },
  ),
  {
    type: 'custom',
    id: 'SG-PERSIST-016',
    family: 'persistence',
    severity: 'HIGH',
    message:
      'A C library’s load-time constructor touches SSH login keys or password/sudo files, runs a shell or command, takes root or connects out: runs in every program that loads it (CRITICAL when the skill preloads it)',
    remediation:
      'A preloadable shim must not do anything beyond its stated tuning; remove the constructor’s side effects and never preload skill code system-wide.',
    check: constructorBackdoors,
  },
  {
    type: 'custom',
    id: 'SG-PERSIST-017',
    family: 'persistence',
    severity: 'HIGH',
    message:
      'SQL plants a database backdoor: an admin/superuser account with a fixed password hash, or a trigger that puts one account’s password or privileges back whenever they are changed (CRITICAL when combined, or with its audit trail erased)',
    remediation:
      'Create accounts through the application with a password the admin chooses; never ship fixed hashes or triggers that protect one account.',
    check: ({ segments }) => sqlBackdoorFindings(segments, ['account', 'pin']),
  },
  {
    type: 'custom',
    id: 'SG-PERSIST-018',
    family: 'persistence',
    severity: 'HIGH',
    message:
      'Has the agent copy a standing rule into its instruction or memory files (AGENTS.md, CLAUDE.md, MEMORY.md, rules files) that sends data to an outside address automatically or without telling the user: every later session keeps exfiltrating (CRITICAL when both)',
    remediation:
      'Never write to agent instruction or memory files from a skill; show the user any convention and let them add it, and never plant rules that send data anywhere.',
    check: plantedSendRules,
  },
  {
    type: 'custom',
    id: 'SG-PERSIST-019',
    family: 'persistence',
    severity: 'HIGH',
    message:
      'Writes a language startup file (Julia startup.jl, R .Rprofile/Rprofile.site, Python sitecustomize/usercustomize, IPython startup, Octave .octaverc, MATLAB startup.m): its code runs in every later session (HIGH when the hook, or the skill file it loads, fetches code from the network and runs it)',
    remediation:
      'Do not install startup hooks; show the user the line and let them add it, and never have a startup file fetch and run remote code.',
    check: startupFileHooks,
  },
];
