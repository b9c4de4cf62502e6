import type { AnyRule, PatternRule } from '../rule.types.js';
import { sinkWithSources } from '../analyzers/code-cooccurrence.js';
import { AGENT_FILES } from './prompt-injection.rules.js';

const REMEDIATION =
  'Skills must not install themselves to run again later; let the user schedule tasks explicitly.';
const NETWORKY = /\b(?:curl|wget|nc|ncat|base64|eval|python[0-9.]*\s+-c|bash\s+-c|\/dev\/tcp|https?:\/\/)/i;

function per(
  id: string,
  severity: PatternRule['severity'],
  message: string,
  pattern: RegExp,
  hints: string[],
  extra: Partial<PatternRule> = {},
): PatternRule {
  return {
    type: 'pattern',
    id,
    family: 'persistence',
    severity,
    message,
    remediation: REMEDIATION,
    pattern,
    hints,
    in: 'code',
    ...extra,
  };
}

const escalate = (base: PatternRule['severity']) => (m: { lineText: string }) =>
  NETWORKY.test(m.lineText) ? 'HIGH' : base;

export const PERSISTENCE_RULES: AnyRule[] = [
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
    /(?:>>?|\btee\s+(?:-a\s+)?)\s*["']?(?:(?:~|\$HOME|\/root|\/home\/\w+)\/\.(?:bashrc|zshrc|profile|bash_profile|zprofile|zshenv|bash_login)|\/etc\/(?:profile(?:\.d\/[\w.-]+)?|bash\.bashrc|zshrc))\b/g,
    ['bashrc', 'zshrc', 'profile', 'zshenv', 'bash_login'],
    {
      // A tool's own shell hook (`eval "$(brew shellenv)"`) is the documented setup, not a payload.
      adjust: (m) =>
        /\beval\s+"\$\((?:\S*\/)?(?:brew|pyenv|rbenv|nodenv|direnv|starship|zoxide|fnm|mise)\s/.test(
          m.lineText,
        )
          ? 'LOW'
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
    />>?\s*["']?\S*\.ssh\/authorized_keys|\btee\s+(?:-\w+\s+)*["']?\S*authorized_keys|ssh-copy-id\s/g,
    ['authorized_keys', 'ssh-copy-id'],
    {
      adjust: (m) => (/ssh-copy-id/.test(m.lineText) ? 'LOW' : 'HIGH'),
      // Rewriting the file through `grep -v` removes a key (rotation), it adds none.
      unless: /\bgrep\s+-\w*v\w*\b[^\n]*(?<!>)>\s*["']?\S*authorized_keys/,
    },
  ),
  per(
    'SG-PERSIST-004',
    'MEDIUM',
    'Creates a system service or launch agent (survives reboot)',
    /\/etc\/systemd\/system\/[\w@.-]+\.service|\.config\/systemd\/user\/|\bsystemctl\s+(?:--user\s+)?enable\b|Library\/Launch(?:Agents|Daemons)\/|\blaunchctl\s+(?:load|bootstrap)\b|\breg(?:\.exe)?\s+add\s+\S*\\(?:Run|RunOnce)\b|CurrentVersion\\Run\b|\\Start Menu\\Programs\\Startup|\bschtasks\s+\/create\b|\/etc\/rc\.local|\/etc\/init\.d\//gi,
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
  {
    type: 'custom',
    id: 'SG-PERSIST-007',
    family: 'persistence',
    severity: 'HIGH',
    message: 'A script appends to an authorized_keys file (remote login backdoor)',
    remediation: REMEDIATION,
    check: ({ segments }) =>
      sinkWithSources(
        segments,
        ['python', 'js', 'go', 'ruby'],
        [/authorized_keys/],
        /\.open\(\s*["']a\+?["']|\bopen\([^)\n]{0,200},\s*["']a\+?b?["']|\bappendFile(?:Sync)?\s*\(|\bflag\s*:\s*["']a["']/g,
      ),
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
];
