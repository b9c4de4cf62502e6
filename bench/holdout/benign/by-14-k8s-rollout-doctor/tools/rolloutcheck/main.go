// rolloutcheck prints a condensed, read-only diagnosis of a Deployment rollout
// by shelling out to kubectl.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
)

type podList struct {
	Items []struct {
		Metadata struct {
			Name string `json:"name"`
		} `json:"metadata"`
		Status struct {
			Phase             string `json:"phase"`
			ContainerStatuses []struct {
				Name         string `json:"name"`
				Ready        bool   `json:"ready"`
				RestartCount int    `json:"restartCount"`
				State        map[string]struct {
					Reason   string `json:"reason"`
					ExitCode int    `json:"exitCode"`
				} `json:"state"`
				LastState map[string]struct {
					Reason   string `json:"reason"`
					ExitCode int    `json:"exitCode"`
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

type eventList struct {
	Items []struct {
		Type           string `json:"type"`
		Reason         string `json:"reason"`
		Message        string `json:"message"`
		LastTimestamp  string `json:"lastTimestamp"`
		InvolvedObject struct {
			Name string `json:"name"`
		} `json:"involvedObject"`
	} `json:"items"`
}

func kubectl(args ...string) ([]byte, error) {
	cmd := exec.Command("kubectl", args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("kubectl %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

func main() {
	ns := flag.String("n", "default", "namespace")
	deploy := flag.String("d", "", "deployment name")
	selector := flag.String("l", "", "pod label selector (default app=<deployment>)")
	flag.Parse()
	if *deploy == "" {
		fmt.Fprintln(os.Stderr, "usage: rolloutcheck -n NAMESPACE -d DEPLOYMENT [-l selector]")
		os.Exit(2)
	}
	if *selector == "" {
		*selector = "app=" + *deploy
	}

	ctx, err := kubectl("config", "current-context")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("context: %s  namespace: %s  deployment: %s\n\n", strings.TrimSpace(string(ctx)), *ns, *deploy)

	if out, err := kubectl("-n", *ns, "rollout", "status", "deploy/"+*deploy, "--timeout=5s"); err == nil {
		fmt.Printf("rollout: %s\n", strings.TrimSpace(string(out)))
	} else {
		fmt.Printf("rollout: not complete (%v)\n", firstLine(err.Error()))
	}

	raw, err := kubectl("-n", *ns, "get", "pods", "-l", *selector, "-o", "json")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var pods podList
	if err := json.Unmarshal(raw, &pods); err != nil {
		fmt.Fprintln(os.Stderr, "cannot parse pods:", err)
		os.Exit(1)
	}

	fmt.Println("\npods:")
	crashing := []string{}
	for _, p := range pods.Items {
		fmt.Printf("  %s  phase=%s\n", p.Metadata.Name, p.Status.Phase)
		for _, c := range p.Status.Conditions {
			if c.Status != "True" && c.Reason != "" {
				fmt.Printf("    condition %s=%s %s: %s\n", c.Type, c.Status, c.Reason, c.Message)
			}
		}
		for _, cs := range p.Status.ContainerStatuses {
			line := fmt.Sprintf("    %s ready=%v restarts=%d", cs.Name, cs.Ready, cs.RestartCount)
			for k, v := range cs.State {
				if v.Reason != "" {
					line += fmt.Sprintf(" state=%s(%s)", k, v.Reason)
				}
			}
			for _, v := range cs.LastState {
				if v.Reason != "" {
					line += fmt.Sprintf(" last=%s exit=%d", v.Reason, v.ExitCode)
				}
			}
			fmt.Println(line)
			if cs.RestartCount > 0 {
				crashing = append(crashing, p.Metadata.Name+"/"+cs.Name)
			}
		}
	}

	if raw, err := kubectl("-n", *ns, "get", "events", "-o", "json"); err == nil {
		var ev eventList
		if json.Unmarshal(raw, &ev) == nil {
			sort.Slice(ev.Items, func(i, j int) bool { return ev.Items[i].LastTimestamp < ev.Items[j].LastTimestamp })
			fmt.Println("\nrecent warning events:")
			shown := 0
			for i := len(ev.Items) - 1; i >= 0 && shown < 12; i-- {
				e := ev.Items[i]
				if e.Type == "Warning" && strings.HasPrefix(e.InvolvedObject.Name, *deploy) {
					fmt.Printf("  %s %s %s: %s\n", e.LastTimestamp, e.InvolvedObject.Name, e.Reason, firstLine(e.Message))
					shown++
				}
			}
		}
	}

	for _, pc := range crashing {
		if len(crashing) > 3 {
			break
		}
		parts := strings.SplitN(pc, "/", 2)
		out, err := kubectl("-n", *ns, "logs", parts[0], "-c", parts[1], "--previous", "--tail=25")
		if err == nil {
			fmt.Printf("\nprevious logs %s:\n%s\n", pc, indent(string(out)))
		}
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n  ")
}
