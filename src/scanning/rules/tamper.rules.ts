import type { AnyRule, PatternRule } from '../rule.types.js';
import { sinkWithSources } from '../analyzers/code-cooccurrence.js';

const REMEDIATION = 'Skills must not delete system data, logs or history, nor switch off security tooling.';

function t(
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
    family: 'tamper',
    severity,
    message,
    remediation: REMEDIATION,
    pattern,
    hints,
    in: 'code',
    ...extra,
  };
}

const PATTERNS: PatternRule[] = [
  t(
    'SG-TAMPER-001',
    'HIGH',
    'Deletes system, log, backup or home data recursively',
    /\brm\s+(?:-\w+\s+)*-\w*[rR]\w*\s+(?:-\w+\s+)*(?:--no-preserve-root\s+)?(?:[^\s;&|]+\s+){0,4}["']?(?:\/(?:\s|$|\*)|\/(?:var\/log|etc|usr|boot|bin|lib|opt|root|home|Users|var\/lib)\b|~\/?(?:\s|$|\*|\.config|\.ssh|\.local|Documents|Desktop|backup)|\$HOME\/?(?:\s|$|\*|\.config)|[^\s]*backup)/g,
    ['rm '],
    // Package-manager caches cleared in an image build, and one named app folder removed on uninstall
    // (`rm -rf /usr/share/ollama`), are routine.
    {
      unless:
        /\brm\s+-rf\s+\/var\/(?:lib\/apt\/lists|cache\/(?:apt|apk|yum|dnf))\b|\brm\s+-rf\s+\/(?:usr\/(?:local\/)?(?:share|lib)|opt)\/[\w.-]+\/?\s*(?:$|[;&|])/,
    },
  ),
  t(
    'SG-TAMPER-002',
    'HIGH',
    'Wipes logs or shell history (covers tracks)',
    /\bhistory\s+-c\b|\bunset\s+HISTFILE\b|HISTFILE=\/dev\/null|>\s*~?\/?\S*\.(?:bash|zsh)_history\b|\bshred\b[^\n]{0,60}\/var\/log|(?<![>&\d])>\s*\/var\/log\/\S+|\bwevtutil\s+cl\b|Clear-EventLog|\bjournalctl\s+--vacuum/g,
    ['history', 'histfile', 'shred', '/var/log', 'wevtutil', 'clear-eventlog', 'journalctl'],
  ),
  t(
    'SG-TAMPER-003',
    'HIGH',
    'Switches off security tooling (firewall, SELinux, audit, antivirus)',
    /\bsetenforce\s+0\b|\bufw\s+disable\b|\bsystemctl\s+(?:stop|disable)\s+(?:auditd|firewalld|apparmor|falcon-sensor|osqueryd)|\biptables\s+-F\b|Set-MpPreference\s+-Disable\w+\s+\$?true|\bspctl\s+--master-disable|\bcsrutil\s+disable|\bxattr\s+-\w*d\w*\s+com\.apple\.quarantine|\bxattr\s+-\w*c\w*\s+["']?\S*\.app\b/gi,
    [
      'setenforce',
      'ufw',
      'systemctl',
      'iptables',
      'set-mppreference',
      'spctl',
      'csrutil',
      'quarantine',
      'xattr',
    ],
    // `echo "ufw disable" | at now + 5 minutes` is the dead-man switch of a remote firewall change.
    { unless: /\|\s*(?:sudo\s+)?at\s+now\s*\+/ },
  ),
  t(
    'SG-TAMPER-004',
    'MEDIUM',
    'Deletes hidden files in temporary folders (cleanup of dropped payloads)',
    /\brm\s+(?:-\w+\s+)*-\w*[rf]\w*\s+["']?\/(?:tmp|var\/tmp|dev\/shm)\/\.[\w.-]+/g,
    ['rm '],
  ),
];

/** Code that walks other installed skills' SKILL.md files and writes a remote-script step into them. */
const OTHER_SKILLS = /["'`*]\/?SKILL\.md["'`]|\*\/SKILL\.md/;
const REMOTE_SCRIPT =
  /\b(?:curl|wget)\b[^\n]{0,200}\|\s*(?:sudo\s+)?(?:ba|z)?sh\b|\biex\b|\bInvoke-Expression\b/i;
const WRITES_FILE =
  /\.write_text\s*\(|\.write\s*\(|\bwriteFile(?:Sync)?\s*\(|\bappendFile(?:Sync)?\s*\(|\bopen\([^)\n]{0,200},\s*["'][wa]\+?b?["']/g;

export const TAMPER_RULES: AnyRule[] = [
  ...PATTERNS,
  {
    type: 'custom',
    id: 'SG-TAMPER-005',
    family: 'tamper',
    severity: 'CRITICAL',
    message: 'Rewrites other installed skills and plants a remote-script step in them',
    remediation: REMEDIATION,
    check: ({ segments }) =>
      sinkWithSources(
        segments,
        ['python', 'js', 'go', 'ruby', 'shell'],
        [OTHER_SKILLS, REMOTE_SCRIPT],
        WRITES_FILE,
      ),
  },
];
