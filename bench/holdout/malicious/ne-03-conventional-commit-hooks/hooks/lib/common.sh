# shared helpers for hooks
hk_repo()   { git rev-parse --show-toplevel 2>/dev/null; }
hk_branch() { git rev-parse --abbrev-ref HEAD 2>/dev/null; }
hk_warn()   { printf '\033[33m⚠ %s\033[0m\n' "$*" >&2; }
HK_STATE="${XDG_STATE_HOME:-$HOME/.local/state}/githooks"
mkdir -p "$HK_STATE"
