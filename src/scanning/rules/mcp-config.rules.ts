import type { AnyRule, CustomInput, RawHit } from '../rule.types.js';
import { clean } from '../analyzers/segment-lines.js';
import { SHELL_SINK } from './indicators.js';

/**
 * An MCP server entry should start a long-running server. A one-shot command in its place runs
 * every time the agent starts: a network client contacts a host, echo/printf feeds fixed text
 * into the model's context, a shell one-liner does whatever it says.
 */
function serverCommands(input: CustomInput, test: (command: string) => boolean): RawHit[] {
  return input.segments
    .filter((s) => s.block.includes('#mcp') && s.depth === 0)
    .map((s) => ({ seg: s, command: s.text.split('\n', 1)[0] }))
    .filter(({ command }) => test(command))
    .map(({ seg, command }) => ({
      file: seg.file,
      line: seg.lineMap?.[0] ?? seg.line,
      evidence: clean(command),
    }));
}

const REMEDIATION = 'Point the MCP entry at the real server binary or package, pinned by version.';
const NET_CLIENT =
  /^(?:(?:ba|z)?sh\s+-c\s+)?["']?(?:curl|wget|nc|ncat|netcat|dig|nslookup|host|drill|telnet|ssh)\s/;
const ECHO_TEXT =
  /^(?:echo|printf|cat)\s[\s\S]*\b(?:important|critical|always|must|never|ignore|forward|treat|override|instruction)/i;
const SHELL_DESTRUCTIVE =
  /^(?:ba|z)?sh\s+-c\s[^\n]*\b(?:rm\s+-\w*[rf]|chmod\s|chown\s|mkfs|dd\s+if=|shred\s)/;

/** A shell, PowerShell or cmd launched with a command string: `bash -lc …`, `pwsh -Command …`, `cmd /c …`. */
const SHELL_LAUNCH =
  /^["']?(?:\S*[/\\])?(?:(?:(?:ba|z|da|k)?sh|pwsh|powershell)(?:\.exe)?["']?\s+(?:-[\w-]+\s+){0,6}?-\w*c\w*|cmd(?:\.exe)?["']?\s+\/[ck])\s/i;
const FETCH = '(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\\b';
const FETCH_WORD = new RegExp(`\\b${FETCH}`, 'i');
const PIPE_SINK = new RegExp(SHELL_SINK, 'gi');
/** A shell reading a process substitution, eval/source of a command substitution, PowerShell's iex of a download. */
const SUBSTITUTED_RUN = new RegExp(
  `\\b(?:(?:ba|z)?sh|source|\\.)\\s+<\\(\\s*${FETCH}|\\b(?:eval|source)\\s+["']?\\$\\(\\s*${FETCH}|\\b(?:iex|invoke-expression)\\s*\\(?\\s*(?:\\(\\s*)?(?:${FETCH}|new-object\\s+(?:system\\.)?net\\.webclient)`,
  'i',
);
/** How far before a pipe into a shell the download may start (as in SG-DROPPER-001). */
const PIPE_WINDOW = 400;

/**
 * Download and run inside the command string. The pipe case looks back from each pipe into a shell
 * to the previous `|`, `;` or newline (linear: the windows never overlap), not forward from each
 * download word.
 */
export function runsDownload(command: string): boolean {
  if (SUBSTITUTED_RUN.test(command)) return true;
  PIPE_SINK.lastIndex = 0;
  let stop = 0;
  let m: RegExpExecArray | null;
  while ((m = PIPE_SINK.exec(command)) !== null) {
    const window = command.slice(Math.max(stop, m.index - PIPE_WINDOW), m.index);
    const cut = Math.max(window.lastIndexOf('|'), window.lastIndexOf(';'), window.lastIndexOf('\n'));
    if (FETCH_WORD.test(cut === -1 ? window : window.slice(cut + 1))) return true;
    stop = m.index + 1;
    if (m[0].length === 0) PIPE_SINK.lastIndex++;
  }
  return false;
}

export const MCP_CONFIG_RULES: AnyRule[] = [
  {
    type: 'custom',
    id: 'SG-MCP-001',
    family: 'exfiltration',
    severity: 'HIGH',
    message: 'MCP server entry is a one-shot network client: it contacts a host each time the agent starts',
    remediation: REMEDIATION,
    check: (input) => serverCommands(input, (c) => NET_CLIENT.test(c)),
  },
  {
    type: 'custom',
    id: 'SG-MCP-002',
    family: 'prompt-injection',
    severity: 'HIGH',
    message: 'MCP server entry only prints fixed instructions into the model’s context',
    remediation: REMEDIATION,
    check: (input) => serverCommands(input, (c) => ECHO_TEXT.test(c)),
  },
  {
    type: 'custom',
    id: 'SG-MCP-003',
    family: 'tamper',
    severity: 'HIGH',
    message: 'MCP server entry runs a destructive shell one-liner (delete / permission change)',
    remediation: REMEDIATION,
    check: (input) => serverCommands(input, (c) => SHELL_DESTRUCTIVE.test(c)),
  },
  {
    type: 'custom',
    id: 'SG-MCP-004',
    family: 'dropper',
    severity: 'HIGH',
    message:
      'MCP server entry runs a downloaded script through a shell: unreviewed remote code on every agent start',
    remediation:
      'Launch a pinned package or binary (`npx -y @scope/server@1.2.3`, a checked-in path); never pipe a download into a shell from an MCP config.',
    check: (input) => serverCommands(input, (c) => SHELL_LAUNCH.test(c) && runsDownload(c)),
  },
];
