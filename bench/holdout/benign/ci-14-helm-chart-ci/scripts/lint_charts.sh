#!/usr/bin/env bash
set -uo pipefail
KUBE_VERSION="${KUBE_VERSION:-1.29.0}"
charts=("$@")
if [[ ${#charts[@]} -eq 0 ]]; then
  mapfile -t charts < <(find charts -mindepth 2 -maxdepth 2 -name Chart.yaml -exec dirname {} \; | sort)
fi
have() { command -v "$1" >/dev/null 2>&1; }
fail=0

policy_check() {
  # $1 = rendered manifest file
  python3 - "$1" <<'PY'
import sys, yaml
bad = []
for doc in yaml.safe_load_all(open(sys.argv[1])):
    if not doc or doc.get("kind") not in {"Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"}:
        continue
    name = f'{doc["kind"]}/{doc["metadata"]["name"]}'
    spec = doc["spec"]
    if doc["kind"] == "CronJob":
        spec = spec["jobTemplate"]["spec"]
    pod = spec["template"]["spec"]
    if pod.get("hostNetwork") or pod.get("hostPID"):
        bad.append(f"{name}: hostNetwork/hostPID enabled")
    for c in pod.get("containers", []):
        img = c.get("image", "")
        if img.endswith(":latest") or ":" not in img.split("/")[-1]:
            bad.append(f"{name}/{c['name']}: image not pinned ({img})")
        if not c.get("resources", {}).get("limits"):
            bad.append(f"{name}/{c['name']}: no resource limits")
        if (c.get("securityContext") or {}).get("privileged"):
            bad.append(f"{name}/{c['name']}: privileged")
        if doc["kind"] in {"Deployment", "StatefulSet"} and not c.get("readinessProbe"):
            bad.append(f"{name}/{c['name']}: no readinessProbe")
for b in bad:
    print("  policy:", b)
sys.exit(1 if bad else 0)
PY
}

for chart in "${charts[@]}"; do
  echo "=== ${chart}"
  helm dependency build "$chart" >/dev/null || { echo "  dependency build failed"; fail=1; continue; }
  values=("$chart/values.yaml")
  [[ -d "$chart/ci" ]] && values+=("$chart"/ci/*-values.yaml)
  for v in "${values[@]}"; do
    echo "--- values: $v"
    helm lint --strict "$chart" -f "$v" --quiet || fail=1
    out="$(mktemp)"
    if helm template ci-release "$chart" -f "$v" --kube-version "$KUBE_VERSION" > "$out"; then
      if have kubeconform; then
        kubeconform -strict -summary -ignore-missing-schemas -kubernetes-version "$KUBE_VERSION" "$out" || fail=1
      fi
      policy_check "$out" || fail=1
    else
      fail=1
    fi
    rm -f "$out"
  done
  if have helm-docs; then
    helm-docs --chart-search-root "$chart" --dry-run >/dev/null 2>&1 || echo "  note: README.md out of date (run helm-docs)"
  fi
done
exit $fail
