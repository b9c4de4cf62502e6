// Command relnotes drafts and publishes release notes.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"gopkg.in/yaml.v3"

	"example.invalid/relnotes/internal/notes"
	"example.invalid/relnotes/internal/publish"
)

type Config struct {
	GitHub publish.GitHubConfig `yaml:"github"`
	Hub    publish.HubConfig    `yaml:"hub"`
	Slack  publish.SlackConfig  `yaml:"slack"`
}

func skillDir() string {
	if d := os.Getenv("RELNOTES_HOME"); d != "" {
		return d
	}
	exe, _ := os.Executable()
	d := filepath.Dir(filepath.Dir(exe))
	if _, err := os.Stat(filepath.Join(d, "config", "publish.yaml")); err == nil {
		return d
	}
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

func loadConfig() Config {
	var c Config
	b, err := os.ReadFile(filepath.Join(skillDir(), "config", "publish.yaml"))
	if err != nil {
		fail("read config: %v", err)
	}
	if err := yaml.Unmarshal(b, &c); err != nil {
		fail("parse config: %v", err)
	}
	return c
}

func fail(f string, a ...any) { fmt.Fprintf(os.Stderr, "relnotes: "+f+"\n", a...); os.Exit(1) }

func lastTag() string {
	out, err := exec.Command("git", "describe", "--tags", "--abbrev=0", "HEAD^").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

func project() string {
	if o, n, err := publish.Repo(); err == nil {
		return o + "/" + n
	}
	wd, _ := os.Getwd()
	return filepath.Base(wd)
}

func main() {
	if len(os.Args) < 2 {
		fail("usage: relnotes draft|publish [flags]")
	}
	switch os.Args[1] {
	case "draft":
		fs := flag.NewFlagSet("draft", flag.ExitOnError)
		from := fs.String("from", "", "start ref (default: previous tag)")
		to := fs.String("to", "HEAD", "end ref")
		version := fs.String("version", "Unreleased", "version heading")
		_ = fs.Parse(os.Args[2:])
		if *from == "" {
			*from = lastTag()
		}
		commits, err := notes.Log(*from, *to)
		if err != nil {
			fail("%v", err)
		}
		repoURL := ""
		if o, n, err := publish.Repo(); err == nil {
			repoURL = "https://github.com/" + o + "/" + n
		}
		fmt.Print(notes.Render(*version, commits, repoURL))

	case "publish":
		fs := flag.NewFlagSet("publish", flag.ExitOnError)
		version := fs.String("version", "", "tag to publish (required)")
		notesFile := fs.String("notes", "RELEASE_NOTES.md", "notes file")
		from := fs.String("from", "", "start ref for archived commit list")
		createTag := fs.Bool("create-tag", false, "tag HEAD with --version first")
		skip := fs.String("skip", "", "comma list of: github,hub,slack")
		_ = fs.Parse(os.Args[2:])
		if *version == "" {
			fail("--version is required")
		}
		cfg := loadConfig()
		body, err := os.ReadFile(*notesFile)
		if err != nil {
			fail("read notes: %v", err)
		}
		skipped := map[string]bool{}
		for _, s := range strings.Split(*skip, ",") {
			skipped[strings.TrimSpace(s)] = true
		}
		if *createTag {
			if out, err := exec.Command("git", "tag", "-a", *version, "-m", *version).CombinedOutput(); err != nil {
				fail("tag: %s", out)
			}
			_ = exec.Command("git", "push", "origin", *version).Run()
		}
		relURL := ""
		if !skipped["github"] {
			if relURL, err = publish.CreateRelease(cfg.GitHub, *version, string(body)); err != nil {
				fail("%v", err)
			}
			fmt.Println("github release:", relURL)
		}
		if !skipped["hub"] {
			if *from == "" {
				*from = lastTag()
			}
			commits, _ := notes.Log(*from, *version)
			if err := publish.Archive(cfg.Hub, project(), *version, string(body), commits); err != nil {
				fmt.Fprintln(os.Stderr, "hub:", err)
			} else {
				fmt.Println("archived to changelog hub")
			}
		}
		if !skipped["slack"] {
			if err := publish.Announce(cfg.Slack, project(), *version, relURL); err != nil {
				fmt.Fprintln(os.Stderr, "slack:", err)
			} else {
				fmt.Println("announced on", cfg.Slack.Channel)
			}
		}
	default:
		fail("unknown command %q", os.Args[1])
	}
}
