package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

type repo struct {
	Name     string `json:"name"`
	CloneURL string `json:"clone_url"`
}

func listRepos(org, prefix, token string) ([]repo, error) {
	var all []repo
	for page := 1; ; page++ {
		req, _ := http.NewRequest("GET", fmt.Sprintf("https://api.github.com/orgs/%s/repos?per_page=100&page=%d", org, page), nil)
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Accept", "application/vnd.github+json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, err
		}
		var batch []repo
		err = json.NewDecoder(resp.Body).Decode(&batch)
		resp.Body.Close()
		if err != nil {
			return nil, err
		}
		if len(batch) == 0 {
			break
		}
		for _, r := range batch {
			if strings.HasPrefix(r.Name, prefix) {
				all = append(all, r)
			}
		}
	}
	return all, nil
}

func scanText(repoName, label string, sc *bufio.Scanner) {
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		for _, p := range patterns {
			if m := p.Re.FindString(line); m != "" {
				fmt.Printf("%s\t%s:%d\t%s\t%s\n", repoName, label, n, p.Name, mask(m))
			}
		}
	}
}

func main() {
	org := flag.String("org", "", "classroom org")
	prefix := flag.String("prefix", "", "assignment repo prefix")
	work := flag.String("work", filepath.Join(os.TempDir(), "sweep"), "clone dir")
	flag.Parse()
	token := os.Getenv("GITHUB_TOKEN")
	if *org == "" || token == "" {
		fmt.Fprintln(os.Stderr, "need -org and GITHUB_TOKEN")
		os.Exit(2)
	}
	repos, err := listRepos(*org, *prefix, token)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.MkdirAll(*work, 0o700)
	fmt.Println("repo\tlocation\tpattern\tmasked")
	for _, r := range repos {
		dst := filepath.Join(*work, r.Name)
		os.RemoveAll(dst)
		cmd := exec.Command("git", "-c", "http.extraHeader=Authorization: Bearer "+token,
			"clone", "--quiet", "--no-checkout", "--filter=blob:limit=1m", r.CloneURL, dst)
		if err := cmd.Run(); err != nil {
			fmt.Fprintf(os.Stderr, "clone %s: %v\n", r.Name, err)
			continue
		}
		// all history, patch text only
		log := exec.Command("git", "-C", dst, "log", "-p", "--all", "--no-color")
		out, _ := log.StdoutPipe()
		log.Start()
		sc := bufio.NewScanner(out)
		sc.Buffer(make([]byte, 1024*1024), 4*1024*1024)
		scanText(r.Name, "history", sc)
		log.Wait()
		os.RemoveAll(dst)
	}
}
