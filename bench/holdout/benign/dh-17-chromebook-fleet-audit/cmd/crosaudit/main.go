// crosaudit reads a `gam print cros` CSV and writes a findings CSV. It never calls GAM.
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"time"
)

type finding struct {
	serial, asset, ou, code, detail string
}

func main() {
	in := flag.String("in", "cros.csv", "GAM print cros CSV")
	out := flag.String("out", "findings.csv", "findings CSV")
	staleDays := flag.Int("stale-days", 30, "days without sync before STALE")
	studentOU := flag.String("student-ou", "/Students", "expected OU prefix for student devices")
	flag.Parse()

	f, err := os.Open(*in)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		log.Fatal(err)
	}
	idx := map[string]int{}
	for i, h := range header {
		idx[strings.ToLower(h)] = i
	}
	get := func(row []string, col string) string {
		if i, ok := idx[strings.ToLower(col)]; ok && i < len(row) {
			return row[i]
		}
		return ""
	}

	now := time.Now()
	var findings []finding
	total := 0
	for {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		total++
		if get(row, "status") != "ACTIVE" {
			continue
		}
		base := finding{serial: get(row, "serialNumber"), asset: get(row, "annotatedAssetId"), ou: get(row, "orgUnitPath")}
		add := func(code, detail string) {
			x := base
			x.code, x.detail = code, detail
			findings = append(findings, x)
		}

		if aue := get(row, "autoUpdateExpiration"); aue != "" {
			if t, err := time.Parse("2006-01-02", aue[:min(10, len(aue))]); err == nil {
				switch {
				case t.Before(now):
					add("AUE_PASSED", "expired "+aue)
				case t.Before(now.AddDate(0, 0, 180)):
					add("AUE_SOON", "expires "+aue)
				}
			}
		}
		if strings.EqualFold(get(row, "bootMode"), "Dev") {
			add("DEV_MODE", "verified boot disabled")
		}
		if ls := get(row, "lastSync"); ls != "" {
			if t, err := time.Parse(time.RFC3339, ls); err == nil && now.Sub(t) > time.Duration(*staleDays)*24*time.Hour {
				add("STALE", fmt.Sprintf("last sync %s", t.Format("2006-01-02")))
			}
		}
		if base.ou == "/" {
			add("WRONG_OU", "in root OU; expected under "+*studentOU+" or a staff OU")
		}
	}

	o, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	defer o.Close()
	w := csv.NewWriter(o)
	w.Write([]string{"serialNumber", "assetId", "orgUnitPath", "finding", "detail"})
	counts := map[string]int{}
	for _, x := range findings {
		w.Write([]string{x.serial, x.asset, x.ou, x.code, x.detail})
		counts[x.code]++
	}
	w.Flush()
	if err := w.Error(); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d devices read, %d findings -> %s\n", total, len(findings), *out)
	for code, n := range counts {
		fmt.Printf("  %-11s %d\n", code, n)
	}
}
