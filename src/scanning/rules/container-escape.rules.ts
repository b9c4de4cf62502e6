import type { AnyRule, CustomInput, RawHit, Segment } from '../rule.types.js';
import { PROGRAM_LANGS } from '../analyzers/fence-lang.js';
import { clean, lineIndexOf, lineStarts, linesOf } from '../analyzers/segment-lines.js';
import { gated, testFile, testSegment } from '../analyzers/literal-gates.js';
import { patternRuleMaker } from './pattern-rule.js';

const REMEDIATION = 'Skills must not reach the container runtime or the host namespace.';

const ce = patternRuleMaker('container-escape', REMEDIATION, 'code');

/**
 * Host-level powers that make a socket mount an escape rather than a tool's documented setup.
 * `privileged: false` (or `"privileged": false`) turns the power off.
 */
const HOST_POWERS = gated(
  /privileged(?!["']?[ \t]{0,4}[:=][ \t]{0,4}["']?false\b)|\s-v\s+\/:|source=\/,|\bpid:\s*["']?host|--pid[= ]host|\/proc\/1\/root|\bchmod\b[^\n]*docker\.sock|\bnsenter\b/i,
);

/** Program code that connects to the socket or mounts it into a container. */
const SOCKET_USE = gated(
  /unix:|AF_UNIX|UnixHTTPConnection|\.connect\s*\(|socketPath|\bBinds\b|HostConfig|\bMount\s*\(|["']bind["']\s*:|["']-v["']|-v\s|docker\.sock:\/|DockerClient|from_env\s*\(|\bchmod\b[^\n]*docker\.sock/i,
);

/** Code that starts or enters a container, or loosens the socket: how a socket becomes the host. */
const CONTAINER_LAUNCH = gated(
  /\/containers\/create|\/exec\b|\bcontainers\.(?:run|create)\s*\(|\bContainerCreate\b|\bPrivileged\b|\bBinds\b|\bPidMode\b|\bCapAdd\b|\bchmod\b|\bdocker\s+(?:-H\s+\S+\s+)?(?:run|exec|create)\b|\bnsenter\b|\/proc\/1\/root|\bchroot\b/i,
);

/**
 * The socket only named in prose, or mounted in a compose or manifest file (a dashboard or proxy
 * that reads container state) without host powers; talking to its API or pairing it with
 * privileged mode or the host's root stays HIGH.
 */
function socketDeclaredOnly(match: string, segment: Segment, lineText: string, lineIndex: number): boolean {
  // A YAML setting naming the socket as a tool's endpoint (`host: unix:///var/run/docker.sock` in a
  // log shipper's service discovery) declares it as a compose mount does.
  if (/--unix-socket/.test(match)) return false;
  if (/unix:\/\//.test(match))
    return segment.lang === 'yaml' && SOCKET_SETTING.test(lineText) && !testSegment(HOST_POWERS, segment);
  // The path compared with a value read elsewhere (`select(.Source=="/var/run/docker.sock")`) is looked for.
  if (SOCKET_COMPARED.test(lineText)) return true;
  // A program that only compares or lists the path (an audit of pod specs) does not use the socket;
  // one that queries the daemon without starting containers or asking for host powers (`docker
  // system df`, prune) does what the docker CLI does.
  if (['python', 'js', 'go', 'ruby'].includes(segment.lang))
    return !testSegment(SOCKET_USE, segment) || !testSegment(CONTAINER_LAUNCH, segment);
  const composeBlock = segment.lang === 'yaml' || /^\s*(?:volumes|services):/m.test(segment.text);
  if (testSegment(HOST_POWERS, segment)) {
    // In a compose file, only the service that mounts the socket counts; a monitoring agent
    // (cAdvisor) may run privileged when the socket and every host path it binds are read-only.
    const service = composeBlock ? serviceOf(segment.text, lineIndex) : null;
    if (service === null || (HOST_POWERS.test(service) && !readOnlyAgent(service, lineText))) return false;
  }
  return composeBlock || !segment.text.includes('\n');
}

/** `host: unix:///var/run/docker.sock` (or a list item / env key of that shape) and nothing else on the line. */
const SOCKET_SETTING =
  /^[ \t]{0,40}(?:-[ \t]{1,4})?["']?[\w.-]{1,60}["']?[ \t]{0,4}[:=][ \t]{0,4}["']?unix:\/\/\/var\/run\/docker\.sock["']?[ \t]{0,4}(?:#[^\n]{0,400})?$/;
/** The socket path as the operand of a comparison (`==`, `!=`, `-eq`). */
const SOCKET_COMPARED = /(?:[=!]=|\s-eq)[ \t]{0,4}["']?\/var\/run\/docker\.sock\b/;
/** Host powers that stay HIGH even in a read-only agent's service. */
const ENTERS_HOST = /\/proc\/1\/root|\bchmod\b[^\n]{0,200}docker\.sock|\bnsenter\b/i;
/** A bind of a host path in a compose service (`- /sys:/sys:ro`, `- /var/run/docker.sock:/…`). */
const HOST_BIND =
  /^[ \t]{0,40}-[ \t]{1,4}["']?\/[^\s:"']{0,200}:\/[^\s"']{0,200}["']?[ \t]{0,4}(?:#[^\n]{0,400})?$/gm;
const LONG_BIND = /\btype:[ \t]{0,4}["']?bind\b/;
const RO_SUFFIX = /:ro(?:,[\w,]{0,40})?["']?[ \t]{0,4}(?:#[^\n]{0,400})?$/;

/**
 * A monitoring agent's service: it mounts the socket read-only and binds every host path read-only,
 * and does nothing that enters the host (nsenter, /proc/1/root, loosening the socket).
 */
function readOnlyAgent(service: string, lineText: string): boolean {
  // Long-form binds (`type: bind`) are not read here: such a service is not taken for a read-only agent.
  if (!RO_SUFFIX.test(lineText) || ENTERS_HOST.test(service) || LONG_BIND.test(service)) return false;
  for (const m of service.matchAll(HOST_BIND)) if (!RO_SUFFIX.test(m[0])) return false;
  return true;
}

const MAX_SERVICE_LINES = 400;
/** The last segment split into lines: a file's matches ask about the same text in turn. */
const linesCache: { text: string; lines: readonly string[] } = { text: '', lines: [] };

/**
 * The text of the compose service (a child of `services:`) holding 0-based line `at`, or null when the
 * line sits in no service.
 */
function serviceOf(text: string, at: number): string | null {
  if (text !== linesCache.text) [linesCache.text, linesCache.lines] = [text, linesOf(text)];
  const lines = linesCache.lines;
  const indent = (l: string) => l.length - l.trimStart().length;
  const blank = (l: string) => l.trim() === '' || l.trimStart().startsWith('#');
  let cur = indent(lines[at] ?? '');
  let child = -1;
  // A service longer than MAX_SERVICE_LINES is not looked for (the whole file's powers count).
  for (let k = at - 1; k >= 0 && at - k <= MAX_SERVICE_LINES; k--) {
    if (blank(lines[k]) || indent(lines[k]) >= cur) continue;
    if (/^\s*services:\s*(?:#.*)?$/.test(lines[k])) {
      if (child === -1) return null;
      const level = indent(lines[child]);
      let end = child + 1;
      while (
        end < lines.length &&
        end - child <= MAX_SERVICE_LINES &&
        (blank(lines[end]) || indent(lines[end]) > level)
      )
        end++;
      if (end - child > MAX_SERVICE_LINES) return null;
      return lines.slice(child, end).join('\n');
    }
    child = k;
    cur = indent(lines[k]);
  }
  return null;
}

/**
 * A read-only look at the socket file on its own line: a shell file test (`[[ -S … ]]`, `test -e …`)
 * or `stat`/`ls` of its mode, as hardening audits do.
 */
const SOCKET_PROBE =
  /(?:\[\[?[ \t]{1,4}(?:![ \t]{1,4})?-[SepfrwLh][ \t]{1,4}|\btest[ \t]{1,4}(?:![ \t]{1,4})?-[SepfrwLh][ \t]{1,4}|\b(?:stat|ls|file|getfacl)[ \t]{1,4}(?:[^\s;|&<>]{1,24}[ \t]{1,4}){0,4})["']?\/var\/run\/docker\.sock\b/;
/** Talking to a socket from a script: what makes a file test the first step of using it. */
const SOCKET_CLIENT = gated(
  /--unix-socket|\bsocat\b|UNIX-CONNECT|\bnc(?:at)?\s{1,4}(?:-\w{1,10}\s{1,4}){0,3}-U\b|\bDOCKER_HOST\b|\s-H\s/,
);

/**
 * A probe of the socket file (it exists, its mode) on a line that names the socket once, in a script
 * that neither talks to a socket nor starts or enters containers: an audit reading metadata.
 */
function socketProbeOnly(line: string, segment: Segment): boolean {
  const at = line.indexOf('docker.sock');
  if (at === -1 || line.indexOf('docker.sock', at + 1) !== -1) return false;
  return (
    SOCKET_PROBE.test(line) && !testSegment(SOCKET_CLIENT, segment) && !testSegment(CONTAINER_LAUNCH, segment)
  );
}

export const CONTAINER_ESCAPE_RULES: AnyRule[] = [
  ce(
    'SG-ESCAPE-001',
    'HIGH',
    'Talks to or mounts the Docker socket (full control of the host)',
    /(?:-v\s+|--volume[= ]|--unix-socket\s+|unix:\/\/|["'\s])\/var\/run\/docker\.sock\b/g,
    ['docker.sock'],
    // The Docker CLI's own error message quotes the socket path.
    {
      unless:
        /permission denied while trying to connect|Cannot connect to the Docker daemon|^\s*(?:sudo\s+)?(?:ls|stat|file|test)\s/i,
      adjust: ({ match, segment, lineText, lineIndex }) =>
        socketDeclaredOnly(match, segment, lineText, lineIndex) || socketProbeOnly(lineText, segment)
          ? 'MEDIUM'
          : 'HIGH',
    },
  ),
  ce(
    'SG-ESCAPE-002',
    'CRITICAL',
    'Enters the host’s namespaces (nsenter into PID 1)',
    /\bnsenter\b[^\n]{0,80}(?:-t\s*1\b|--target[= ]1\b)/g,
    ['nsenter'],
  ),
  ce(
    'SG-ESCAPE-003',
    'HIGH',
    'Reaches the host filesystem through /proc/1/root or a host mount',
    /\/proc\/1\/root\b|\bchroot\s+\/host\b|-v\s+\/:\/\w+|--mount\s+type=bind,source=\/,/g,
    ['/proc/1/root', 'chroot', '-v /:', 'source=/,'],
    // `kubectl debug node/… -- chroot /host` is the documented way for an admin to inspect a node;
    // notes often name the command in one line and `chroot /host` in the next.
    {
      adjust: (m, ctx) =>
        nodeDebugging(m.segment.text, m.match, ctx.fileText(m.segment.file)) ? 'MEDIUM' : 'HIGH',
    },
  ),
  ce(
    'SG-ESCAPE-004',
    'MEDIUM',
    'Runs a privileged container or adds dangerous capabilities',
    /\bdocker\s+run\b[^\n]{0,200}(?:--privileged|--cap-add[= ](?:SYS_ADMIN|ALL|SYS_PTRACE)|--pid[= ]host|--security-opt[= ](?:apparmor|seccomp)[:=]unconfined)/g,
    ['--privileged', '--cap-add', '--pid', 'unconfined'],
  ),
  ce(
    'SG-ESCAPE-005',
    'CRITICAL',
    'Abuses the cgroup release_agent or core_pattern to run code on the host',
    /release_agent|\/proc\/sys\/kernel\/core_pattern|notify_on_release/g,
    ['release_agent', 'core_pattern', 'notify_on_release'],
  ),
  {
    type: 'custom',
    id: 'SG-ESCAPE-006',
    family: 'container-escape',
    severity: 'HIGH',
    message:
      'A container profile asks for privileged mode, the host PID namespace and a writable bind of the host root together (root on the host; HIGH when the skill starts containers)',
    remediation: REMEDIATION,
    check: hostEscapeProfiles,
  },
];

/** `kubectl debug`, also with global flags before the verb (`kubectl -n $NS debug …`). */
const KUBECTL_DEBUG =
  /\bkubectl(?:[ \t]{1,4}-{1,2}[\w-]{1,40}(?:[= ][^\s-][^\s]{0,200})?){0,6}[ \t]{1,4}debug\b/;

function nodeDebugging(segment: string, match: string, file: string): boolean {
  if (KUBECTL_DEBUG.test(segment)) return true;
  return /^chroot/.test(match) && /\bkubectl\s+debug\s+(?:node\/|-\S+\s+)*node\//.test(file);
}

/** Data files that describe containers: compose, manifests, devcontainer and tool profiles. */
const PROFILE_FILE = /\.(?:json|jsonc|ya?ml|toml)$/i;
/**
 * Programs that create containers through the engine's API with the same settings: Docker's
 * `HostConfig` (`Privileged: true, PidMode: 'host', Binds: ['/:/host']`) from dockerode, the Go client
 * or a raw request on the socket, docker-py's `containers.run(privileged=True, pid_mode='host',
 * volumes={'/': {…}})`.
 */
const API_PROGRAM_FILE = /\.(?:[cm]?[jt]sx?|py|go|rb)$/i;
const PRIVILEGED = gated(/["']?\bprivileged["']?[ \t]*[:=][ \t]*["']?true\b|--privileged\b/i);
const HOST_PID = gated(
  /["']?\b(?:pid|pid_?mode)["']?[ \t]*[:=][ \t]*["']?host\b|["']?\bhostPID["']?[ \t]*[:=][ \t]*["']?true\b|--pid[= ]["']?host\b/i,
);
/**
 * A bind of the host's `/`: short form (`- /:/host`, `"-v", "/:/mnt"`), `--mount …source=/,`, or a
 * `src`/`source`/`hostPath`/`path` key whose value is exactly `/`.
 */
const ROOT_BIND =
  /(?:^|[\s"'[,={])\/:\/[\w./-]{0,100}(?::[\w,]{1,40})?|\bsource=\/,[^\s"']{0,200}|["']?\b(?:src|source|host_?path|hostPath|path|from)["']?[ \t]*[:=][ \t]*["']?\/["']?[ \t]*(?=[,}\]\n]|$)|["']\/["'][ \t]{0,4}:[ \t]{0,4}\{/gim;
/** A read-only mount: `:ro`, `"mode": "ro"`, `readOnly: true`, `read_only = true`. */
const READ_ONLY = /:ro\b|\bro,|["']ro["']|\bread_?only["']?[ \t]*[:=][ \t]*["']?true\b/i;
/** Lines after a long-form bind that may still belong to it. */
const BIND_WINDOW = 3;
/** Code that starts containers: the container CLIs, their APIs, kubectl applying a manifest. */
const STARTS_CONTAINERS =
  /\b(?:docker|podman|nerdctl)(?:[ \t]+compose|-compose)?[ \t]+(?:-\S+[ \t]+){0,4}(?:run|create|up|exec|start)\b|["'](?:docker|podman|nerdctl)["'][ \t]*,|\bContainerCreate\b|\bcontainers\.(?:run|create)\s*\(|\bkubectl[ \t]+(?:apply|create|run|replace)\b|\bdevcontainer[ \t]+up\b/;
/** Documentation and test material: annotated examples of what not to deploy. */
const EXAMPLE_PATH = /(?:^|\/)(?:examples?|tests?|fixtures?|testdata|samples?|docs?)\//i;
/** A devcontainer definition is started by the editor itself ("Reopen in Container"). */
const DEVCONTAINER = /(?:^|\/)\.?devcontainer(?:\.json|\/)/i;

/** The first bind of the host root in a file that is not marked read-only, as a 0-based line. */
function writableRootBind(text: string): { line: number; text: string } | null {
  const starts = lineStarts(text);
  const lines = linesOf(text);
  for (const m of text.matchAll(ROOT_BIND)) {
    const i = lineIndexOf(starts, m.index + (/^\s/.test(m[0]) ? 1 : 0));
    const near = lines.slice(i, i + (m[0].includes(':/') ? 1 : BIND_WINDOW)).join('\n');
    if (!READ_ONLY.test(m[0]) && !READ_ONLY.test(near.slice(0, 2000)))
      return { line: i, text: lines[i] ?? m[0] };
  }
  return null;
}

/**
 * Privileged mode, the host PID namespace and a writable host root in one container profile: the
 * container can enter PID 1's namespaces and write anywhere on the host (a cron job, a unit, a key).
 * Monitoring agents that need some of these mount the root read-only. HIGH when the skill's code
 * starts containers (or the file is a devcontainer, or a program asking the engine's API for it);
 * MEDIUM for an annotated example or test fixture.
 */
function hostEscapeProfiles({ files, segments }: CustomInput): RawHit[] {
  const candidates = files.filter(
    (f) =>
      (PROFILE_FILE.test(f.path) || API_PROGRAM_FILE.test(f.path)) &&
      testFile(PRIVILEGED, f) &&
      testFile(HOST_PID, f),
  );
  if (candidates.length === 0) return [];
  const starts = segments.some(
    (s) =>
      s.kind === 'code' && PROGRAM_LANGS.includes(s.lang) && STARTS_CONTAINERS.test(s.text.slice(0, 1 << 20)),
  );
  const out: RawHit[] = [];
  for (const f of candidates) {
    const bind = writableRootBind(f.text);
    if (bind === null) continue;
    // A program that asks the engine for such a container starts it itself.
    const launched =
      (starts || DEVCONTAINER.test(f.path) || API_PROGRAM_FILE.test(f.path)) && !EXAMPLE_PATH.test(f.path);
    out.push({
      file: f.path,
      line: bind.line + 1,
      evidence: clean(bind.text),
      severity: launched ? 'HIGH' : 'MEDIUM',
    });
  }
  return out;
}
