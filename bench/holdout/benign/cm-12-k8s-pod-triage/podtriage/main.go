// podtriage summarises unhealthy pods in a namespace using `kubectl get pods -o json`.
// It is read-only and relies on the caller's kubeconfig/context.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"text/tabwriter"
)

type podList struct {
	Items []struct {
		Metadata struct {
			Name      string `json:"name"`
			Namespace string `json:"namespace"`
		} `json:"metadata"`
		Status struct {
			Phase             string `json:"phase"`
			Reason            string `json:"reason"`
			ContainerStatuses []struct {
				Name         string `json:"name"`
				Ready        bool   `json:"ready"`
				RestartCount int    `json:"restartCount"`
				State        struct {
					Waiting *struct {
						Reason  string `json:"reason"`
						Message string `json:"message"`
					} `json:"waiting"`
				} `json:"state"`
				LastState struct {
					Terminated *struct {
						ExitCode int    `json:"exitCode"`
						Reason   string `json:"reason"`
						Message  string `json:"message"`
					} `json:"terminated"`
				} `json:"lastState"`
			} `json:"containerStatuses"`
			Conditions []struct {
				Type    string `json:"type"`
				Status  string `json:"status"`
				Reason  string `json:"reason"`
				Message string `json:"message"`
			} `json:"conditions"`
		} `json:"status"`
	} `json:"items"`
}

type row struct {
	pod, container, reason, detail string
	restarts                       int
}

func main() {
	ns := flag.String("n", "", "namespace (default: current)")
	all := flag.Bool("A", false, "all namespaces")
	flag.Parse()

	args := []string{"get", "pods", "-o", "json"}
	if *all {
		args = append(args, "-A")
	} else if *ns != "" {
		args = append(args, "-n", *ns)
	}
	out, err := exec.Command("kubectl", args...).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			fmt.Fprint(os.Stderr, string(ee.Stderr))
		}
		fmt.Fprintln(os.Stderr, "kubectl failed:", err)
		os.Exit(1)
	}

	var pl podList
	if err := json.Unmarshal(out, &pl); err != nil {
		fmt.Fprintln(os.Stderr, "parse:", err)
		os.Exit(1)
	}

	var rows []row
	byReason := map[string]int{}
	for _, p := range pl.Items {
		name := p.Metadata.Name
		if *all {
			name = p.Metadata.Namespace + "/" + name
		}
		if p.Status.Phase == "Pending" && len(p.Status.ContainerStatuses) == 0 {
			msg := ""
			for _, c := range p.Status.Conditions {
				if c.Type == "PodScheduled" && c.Status == "False" {
					msg = c.Message
				}
			}
			rows = append(rows, row{name, "-", "Unschedulable", trim(msg), 0})
			byReason["Unschedulable"]++
			continue
		}
		for _, cs := range p.Status.ContainerStatuses {
			if cs.Ready && cs.RestartCount == 0 {
				continue
			}
			reason, detail := "NotReady", ""
			if w := cs.State.Waiting; w != nil {
				reason, detail = w.Reason, w.Message
			}
			if t := cs.LastState.Terminated; t != nil {
				detail = fmt.Sprintf("last exit %d (%s) %s", t.ExitCode, t.Reason, t.Message)
				if t.Reason == "OOMKilled" {
					reason = "OOMKilled"
				}
			}
			rows = append(rows, row{name, cs.Name, reason, trim(detail), cs.RestartCount})
			byReason[reason]++
		}
	}

	if len(rows) == 0 {
		fmt.Println("All pods healthy.")
		return
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].restarts > rows[j].restarts })

	tw := tabwriter.NewWriter(os.Stdout, 0, 2, 2, ' ', 0)
	fmt.Fprintln(tw, "POD\tCONTAINER\tREASON\tRESTARTS\tDETAIL")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", r.pod, r.container, r.reason, r.restarts, r.detail)
	}
	tw.Flush()

	fmt.Println("\nBy reason:")
	for k, v := range byReason {
		fmt.Printf("  %-28s %d\n", k, v)
	}
}

func trim(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "\n", " ")
	if len(s) > 110 {
		return s[:107] + "..."
	}
	return s
}
