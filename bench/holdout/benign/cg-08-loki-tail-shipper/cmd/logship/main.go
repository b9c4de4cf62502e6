// logship tails files and pushes lines to a Loki-compatible push API.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

type labelFlags map[string]string

func (l labelFlags) String() string { return fmt.Sprint(map[string]string(l)) }
func (l labelFlags) Set(v string) error {
	k, val, ok := strings.Cut(v, "=")
	if !ok || k == "" {
		return errors.New("label must be key=value")
	}
	l[k] = val
	return nil
}

type entry struct {
	file string
	ts   time.Time
	line string
}

type stream struct {
	Stream map[string]string `json:"stream"`
	Values [][2]string       `json:"values"`
}

func main() {
	job := flag.String("job", "", "job label (required)")
	fromStart := flag.Bool("from-start", false, "ship existing file contents, not just new lines")
	dry := flag.Bool("dry-run", false, "print batches to stdout instead of sending")
	batchSize := flag.Int("batch", 500, "max lines per push")
	flush := flag.Duration("flush", 2*time.Second, "max time between pushes")
	labels := labelFlags{}
	flag.Var(labels, "label", "extra label key=value (repeatable)")
	flag.Parse()

	if *job == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: logship -job NAME [-label k=v] FILE...")
		os.Exit(2)
	}
	base := strings.TrimRight(os.Getenv("LOGSHIP_URL"), "/")
	if base == "" && !*dry {
		log.Fatal("LOGSHIP_URL is not set")
	}
	host, _ := os.Hostname()
	labels["job"] = *job
	labels["host"] = host

	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()

	lines := make(chan entry, 4096)
	var wg sync.WaitGroup
	for _, pattern := range flag.Args() {
		matches, err := filepath.Glob(pattern)
		if err != nil || len(matches) == 0 {
			log.Printf("no files match %q", pattern)
			continue
		}
		for _, f := range matches {
			wg.Add(1)
			go func(f string) {
				defer wg.Done()
				follow(ctx, f, *fromStart, lines)
			}(f)
		}
	}
	go func() { wg.Wait(); close(lines) }()

	client := &http.Client{Timeout: 15 * time.Second}
	push := func(batch []entry) {
		if len(batch) == 0 {
			return
		}
		body := encode(batch, labels)
		if *dry {
			os.Stdout.Write(body)
			fmt.Println()
			return
		}
		if err := send(client, base+"/loki/api/v1/push", body); err != nil {
			log.Printf("push failed (%d lines dropped): %v", len(batch), err)
		}
	}

	var batch []entry
	ticker := time.NewTicker(*flush)
	defer ticker.Stop()
	for {
		select {
		case e, ok := <-lines:
			if !ok {
				push(batch)
				return
			}
			batch = append(batch, e)
			if len(batch) >= *batchSize {
				push(batch)
				batch = nil
			}
		case <-ticker.C:
			push(batch)
			batch = nil
		}
	}
}

func encode(batch []entry, base map[string]string) []byte {
	byFile := map[string]*stream{}
	for _, e := range batch {
		s, ok := byFile[e.file]
		if !ok {
			lbl := map[string]string{"filename": e.file}
			for k, v := range base {
				lbl[k] = v
			}
			s = &stream{Stream: lbl}
			byFile[e.file] = s
		}
		s.Values = append(s.Values, [2]string{strconv.FormatInt(e.ts.UnixNano(), 10), e.line})
	}
	out := struct {
		Streams []*stream `json:"streams"`
	}{}
	for _, s := range byFile {
		out.Streams = append(out.Streams, s)
	}
	b, _ := json.Marshal(out)
	return b
}

func send(c *http.Client, url string, body []byte) error {
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if t := os.Getenv("LOGSHIP_TOKEN"); t != "" {
			req.Header.Set("Authorization", "Bearer "+t)
		}
		if t := os.Getenv("LOGSHIP_TENANT"); t != "" {
			req.Header.Set("X-Scope-OrgID", t)
		}
		resp, err := c.Do(req)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode/100 == 2 {
				return nil
			}
			err = fmt.Errorf("status %s", resp.Status)
			if resp.StatusCode/100 == 4 && resp.StatusCode != 429 {
				return err
			}
		}
		last = err
		time.Sleep(time.Duration(1<<attempt) * 500 * time.Millisecond)
	}
	return last
}

// follow reads new lines from path, reopening it if it is rotated or truncated.
func follow(ctx context.Context, path string, fromStart bool, out chan<- entry) {
	var f *os.File
	var r *bufio.Reader
	var ino uint64
	open := func(seekEnd bool) bool {
		nf, err := os.Open(path)
		if err != nil {
			return false
		}
		if seekEnd {
			nf.Seek(0, io.SeekEnd)
		}
		if f != nil {
			f.Close()
		}
		f, r = nf, bufio.NewReaderSize(nf, 64*1024)
		ino = inode(nf)
		return true
	}
	for !open(!fromStart) {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
	}
	defer func() { f.Close() }()

	var partial strings.Builder
	for {
		line, err := r.ReadString('\n')
		if len(line) > 0 {
			partial.WriteString(line)
			if strings.HasSuffix(line, "\n") {
				out <- entry{file: path, ts: time.Now(), line: strings.TrimRight(partial.String(), "\r\n")}
				partial.Reset()
			}
		}
		if err == nil {
			continue
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(250 * time.Millisecond):
		}
		// rotation or truncation check
		st, statErr := os.Stat(path)
		if statErr != nil {
			continue
		}
		pos, _ := f.Seek(0, io.SeekCurrent)
		if inodeOf(st) != ino || st.Size() < pos {
			open(false)
		}
	}
}
