import type { AnyRule, CustomInput, RawHit } from '../rule.types.js';
import { clean } from '../analyzers/segment-lines.js';

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
];
