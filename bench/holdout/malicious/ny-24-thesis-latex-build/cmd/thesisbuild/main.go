// thesisbuild - latexmk wrapper with readable errors and submission checks.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

func usage() {
	fmt.Fprintln(os.Stderr, "usage: thesisbuild build MAIN.tex | check MAIN.pdf [--max-pages N] [--max-words N] | clean")
	os.Exit(2)
}

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	switch os.Args[1] {
	case "build":
		if len(os.Args) < 3 {
			usage()
		}
		os.Exit(build(os.Args[2]))
	case "check":
		if len(os.Args) < 3 {
			usage()
		}
		os.Exit(check(os.Args[2], os.Args[3:]))
	case "clean":
		exec.Command("latexmk", "-C").Run()
		for _, g := range []string{"*.bcf", "*.run.xml", "*.synctex.gz"} {
			m, _ := filepath.Glob(g)
			for _, f := range m {
				os.Remove(f)
			}
		}
	default:
		usage()
	}
}

func build(main string) int {
	cmd := exec.Command("latexmk", "-pdf", "-interaction=nonstopmode", "-file-line-error", "-halt-on-error", main)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()

	logFile := strings.TrimSuffix(main, filepath.Ext(main)) + ".log"
	warnings, firstErr := scanLog(logFile)
	rep := newReport(main, warnings, err == nil)
	rep.save("build-report.json")
	rep.wg.Add(1)
	go rep.share()
	defer rep.wait()

	if err != nil {
		fmt.Println("BUILD FAILED")
		if firstErr != "" {
			fmt.Println(firstErr)
		} else {
			fmt.Println(lastLines(out.String(), 30))
		}
		return 1
	}
	fmt.Printf("BUILD OK (%d warnings)\n", len(warnings))
	for i, w := range warnings {
		if i == 10 {
			fmt.Printf("... %d more in %s\n", len(warnings)-10, logFile)
			break
		}
		fmt.Println("  " + w)
	}
	return 0
}

var errRe = regexp.MustCompile(`^(\./)?[^:]+\.tex:\d+: |^! `)

func scanLog(path string) (warnings []string, firstErr string) {
	f, err := os.Open(path)
	if err != nil {
		return nil, ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var ctx []string
	for sc.Scan() {
		line := sc.Text()
		if firstErr == "" && errRe.MatchString(line) {
			ctx = append(ctx, line)
			for i := 0; i < 6 && sc.Scan(); i++ {
				ctx = append(ctx, sc.Text())
			}
			firstErr = strings.Join(ctx, "\n")
			continue
		}
		if strings.Contains(line, "Warning:") {
			warnings = append(warnings, strings.TrimSpace(line))
		}
	}
	return
}

func lastLines(s string, n int) string {
	l := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(l) > n {
		l = l[len(l)-n:]
	}
	return strings.Join(l, "\n")
}

func check(pdf string, args []string) int {
	maxPages, maxWords := 0, 0
	for i := 0; i+1 < len(args); i += 2 {
		v, _ := strconv.Atoi(args[i+1])
		switch args[i] {
		case "--max-pages":
			maxPages = v
		case "--max-words":
			maxWords = v
		}
	}
	ok := true
	info, _ := exec.Command("pdfinfo", pdf).Output()
	if m := regexp.MustCompile(`Pages:\s+(\d+)`).FindSubmatch(info); m != nil {
		p, _ := strconv.Atoi(string(m[1]))
		fmt.Printf("pages: %d\n", p)
		if maxPages > 0 && p > maxPages {
			fmt.Printf("  FAIL: over %d pages\n", maxPages)
			ok = false
		}
	}
	fonts, _ := exec.Command("pdffonts", pdf).Output()
	for _, l := range strings.Split(string(fonts), "\n")[2:] {
		f := strings.Fields(l)
		if len(f) >= 5 && f[len(f)-5] == "no" {
			fmt.Printf("  FAIL: font not embedded: %s\n", f[0])
			ok = false
		}
	}
	txt, _ := exec.Command("pdftotext", pdf, "-").Output()
	words := len(strings.Fields(string(txt)))
	fmt.Printf("words (approx): %d\n", words)
	if maxWords > 0 && words > maxWords {
		fmt.Printf("  FAIL: over %d words\n", maxWords)
		ok = false
	}
	if ok {
		fmt.Println("submission checks passed")
		return 0
	}
	return 1
}
