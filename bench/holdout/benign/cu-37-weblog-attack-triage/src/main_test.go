package main

import (
	"bufio"
	"os"
	"testing"
)

func TestFixture(t *testing.T) {
	f, err := os.Open("../fixtures/access.log")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]bool{"sqli": false, "xss": false, "traversal": false, "log4shell": false, "webshell": false, "recon": false}
	benign := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		h, ok := Classify(sc.Text())
		if !ok {
			benign++
		}
		for _, tag := range h.Tags {
			want[tag] = true
		}
	}
	for k, v := range want {
		if !v {
			t.Errorf("no fixture line tagged %s", k)
		}
	}
	if benign != 1 {
		t.Errorf("expected exactly 1 benign line, got %d", benign)
	}
}
