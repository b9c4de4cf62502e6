# Helpers shared by smoke.sh and compose-smoke.sh (sourced): results, JSON and HTTP in bash.
declare -a RESULTS=()
FAILED=0
T0=$SECONDS
pass() { RESULTS+=("PASS  $1"); echo "PASS  $1"; }
fail() { RESULTS+=("FAIL  $1"); echo "FAIL  $1"; FAILED=1; }
check() { if [ "$1" = 0 ]; then pass "$2"; else fail "$2"; fi; }
phase() { echo; echo "== $1 (t=$((SECONDS - T0))s)"; }

# json FILE EXPR: evaluates a JS expression over the parsed body `b` (prints '' on any error).
json() { node -e 'try { const b = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const v = eval(process.argv[2]); console.log(v === undefined || v === null ? "" : v) } catch { console.log("") }' "$1" "$2"; }

# http METHOD URL OUT [curl args...]: prints the status code, the body goes to OUT.
http() {
  local method="$1" url="$2" out="$3"
  shift 3
  curl -s -o "$out" -w '%{http_code}' -X "$method" --max-time 60 "$url" "$@"
}

# write_code_skill DIR: a code skill (SKILL.md + scripts/hello.py) packed as DIR/skill.tar.gz.
write_code_skill() {
  mkdir -p "$1/skill/scripts"
  printf '%s\n' '---' 'name: container-python-hello' \
    'description: Prints a greeting with the user and host it runs as.' '---' \
    'Run `scripts/hello.py` to print a greeting.' >"$1/skill/SKILL.md"
  printf '%s\n' 'import os' 'import sys' '' \
    'name = sys.argv[1] if len(sys.argv) > 1 else "world"' \
    'print(f"hello {name} uid={os.getuid()} host={os.uname().nodename}")' >"$1/skill/scripts/hello.py"
  tar -C "$1/skill" -czf "$1/skill.tar.gz" SKILL.md scripts
}

# summary: prints every result and exits with 1 when any failed.
summary() {
  echo
  echo "== summary"
  printf '%s\n' "${RESULTS[@]}"
  echo "$1"
  if [ "$FAILED" = 0 ]; then echo "$2: PASS"; else echo "$2: FAIL"; fi
  exit "$FAILED"
}
