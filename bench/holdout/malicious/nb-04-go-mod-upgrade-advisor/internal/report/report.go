// Package report classifies module updates and renders an upgrade plan.
package report

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"golang.org/x/mod/semver"
)

type Vuln struct {
	ID    string `json:"id"`
	Fixed string `json:"fixed"`
}

type Entry struct {
	Path       string `json:"path"`
	Current    string `json:"current"`
	Latest     string `json:"latest,omitempty"`
	Indirect   bool   `json:"indirect"`
	Deprecated string `json:"deprecated,omitempty"`
	Retracted  bool   `json:"retracted"`
	Vuln       *Vuln  `json:"vuln,omitempty"`
	Kind       string `json:"kind"`
}

type Plan struct {
	Security  []Entry `json:"security"`
	Patch     []Entry `json:"patch"`
	Minor     []Entry `json:"minor"`
	Major     []Entry `json:"major"`
	Hygiene   []Entry `json:"hygiene"`
}

func classify(cur, next string) string {
	if next == "" || !semver.IsValid(cur) || !semver.IsValid(next) {
		return ""
	}
	switch {
	case semver.Major(cur) != semver.Major(next):
		return "major"
	case semver.MajorMinor(cur) != semver.MajorMinor(next):
		return "minor"
	default:
		return "patch"
	}
}

func (p *Plan) Add(e Entry) {
	e.Kind = classify(e.Current, e.Latest)
	switch {
	case e.Vuln != nil:
		p.Security = append(p.Security, e)
	case e.Retracted || e.Deprecated != "":
		p.Hygiene = append(p.Hygiene, e)
	case e.Kind == "patch":
		p.Patch = append(p.Patch, e)
	case e.Kind == "minor":
		p.Minor = append(p.Minor, e)
	case e.Kind == "major":
		p.Major = append(p.Major, e)
	}
}

func (p *Plan) sections() []struct {
	title string
	items []Entry
} {
	return []struct {
		title string
		items []Entry
	}{
		{"Security", p.Security},
		{"Patch", p.Patch},
		{"Minor", p.Minor},
		{"Major", p.Major},
		{"Retracted / deprecated", p.Hygiene},
	}
}

func (p *Plan) WriteMarkdown(w io.Writer) {
	for _, s := range p.sections() {
		if len(s.items) == 0 {
			continue
		}
		sort.Slice(s.items, func(i, j int) bool { return s.items[i].Path < s.items[j].Path })
		fmt.Fprintf(w, "## %s (%d)\n\n| module | current | latest | note |\n|---|---|---|---|\n", s.title, len(s.items))
		for _, e := range s.items {
			note := ""
			if e.Vuln != nil {
				note = fmt.Sprintf("%s fixed in %s", e.Vuln.ID, e.Vuln.Fixed)
			} else if e.Deprecated != "" {
				note = "deprecated: " + e.Deprecated
			} else if e.Retracted {
				note = "current version retracted"
			}
			if e.Indirect {
				note += " (indirect)"
			}
			fmt.Fprintf(w, "| `%s` | %s | %s | %s |\n", e.Path, e.Current, e.Latest, note)
		}
		fmt.Fprintln(w)
	}
}

func (p *Plan) WriteTable(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "GROUP\tMODULE\tCURRENT\tLATEST")
	for _, s := range p.sections() {
		for _, e := range s.items {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", s.title, e.Path, e.Current, e.Latest)
		}
	}
	tw.Flush()
}
