// tfsummary reads `terraform show -json` output and prints a review summary.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

type plan struct {
	ResourceChanges []struct {
		Address string `json:"address"`
		Type    string `json:"type"`
		Change  struct {
			Actions         []string        `json:"actions"`
			Before          json.RawMessage `json:"before"`
			After           json.RawMessage `json:"after"`
			ReplacePaths    [][]any         `json:"replace_paths"`
		} `json:"change"`
	} `json:"resource_changes"`
}

var stateful = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`aws_db_instance aws_rds_cluster aws_dynamodb_table aws_s3_bucket
		aws_ebs_volume aws_efs_file_system aws_kms_key aws_route53_zone aws_elasticache_cluster
		google_sql_database_instance google_storage_bucket google_compute_disk google_kms_crypto_key
		azurerm_mssql_database azurerm_storage_account azurerm_key_vault kubernetes_persistent_volume_claim`) {
		stateful[t] = true
	}
}

type finding struct{ level, addr, msg string }

func main() {
	path := flag.String("plan", "tfplan.json", "terraform show -json output")
	format := flag.String("format", "markdown", "markdown|text")
	flag.Parse()

	raw, err := os.ReadFile(*path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var p plan
	if err := json.Unmarshal(raw, &p); err != nil {
		fmt.Fprintln(os.Stderr, "not a terraform JSON plan:", err)
		os.Exit(1)
	}

	counts := map[string]int{}
	var findings []finding
	for _, rc := range p.ResourceChanges {
		a := strings.Join(rc.Change.Actions, ",")
		switch a {
		case "no-op", "read":
			continue
		case "create":
			counts["create"]++
		case "update":
			counts["update"]++
		case "delete":
			counts["destroy"]++
		default:
			if strings.Contains(a, "delete") && strings.Contains(a, "create") {
				counts["replace"]++
			}
		}
		destructive := strings.Contains(a, "delete")
		if destructive && stateful[rc.Type] {
			findings = append(findings, finding{"🔴", rc.Address, "stateful resource will be " + map[bool]string{true: "replaced", false: "destroyed"}[strings.Contains(a, "create")]})
		}
		if len(rc.Change.ReplacePaths) > 0 {
			findings = append(findings, finding{"🟠", rc.Address, fmt.Sprintf("forced replacement due to %v", rc.Change.ReplacePaths)})
		}
		after := string(rc.Change.After)
		if (strings.Contains(after, `"0.0.0.0/0"`) || strings.Contains(after, `"::/0"`)) &&
			(strings.Contains(rc.Type, "security_group") || strings.Contains(rc.Type, "firewall")) &&
			!onlyWebPorts(rc.Change.After) {
			findings = append(findings, finding{"🔴", rc.Address, "opens non-web port(s) to the internet"})
		}
		if strings.Contains(rc.Type, "iam") && (strings.Contains(after, `\"Action\":\"*\"`) || strings.Contains(after, `\"Resource\":\"*\"`)) {
			findings = append(findings, finding{"🟠", rc.Address, "IAM policy uses wildcard action/resource"})
		}
		for _, k := range []string{"deletion_protection", "skip_final_snapshot", "force_destroy"} {
			if changedUnsafe(rc.Change.Before, rc.Change.After, k) {
				findings = append(findings, finding{"🟡", rc.Address, k + " changed to an unsafe value"})
			}
		}
	}
	sort.SliceStable(findings, func(i, j int) bool { return findings[i].level < findings[j].level })

	if *format == "markdown" {
		fmt.Printf("### Terraform plan: %d to create, %d to update, %d to replace, %d to destroy\n\n",
			counts["create"], counts["update"], counts["replace"], counts["destroy"])
		if len(findings) == 0 {
			fmt.Println("No risky changes detected by rules.")
		}
		for _, f := range findings {
			fmt.Printf("- %s `%s` — %s\n", f.level, f.addr, f.msg)
		}
		return
	}
	fmt.Println(counts)
	for _, f := range findings {
		fmt.Println(f.level, f.addr, f.msg)
	}
}

func onlyWebPorts(after json.RawMessage) bool {
	var m map[string]any
	if json.Unmarshal(after, &m) != nil {
		return false
	}
	from, _ := m["from_port"].(float64)
	to, _ := m["to_port"].(float64)
	return from == to && (from == 80 || from == 443)
}

func changedUnsafe(before, after json.RawMessage, key string) bool {
	var b, a map[string]any
	_ = json.Unmarshal(before, &b)
	_ = json.Unmarshal(after, &a)
	if b == nil || a == nil {
		return false
	}
	unsafe := map[string]any{"deletion_protection": false, "skip_final_snapshot": true, "force_destroy": true}[key]
	return b[key] != a[key] && a[key] == unsafe
}
