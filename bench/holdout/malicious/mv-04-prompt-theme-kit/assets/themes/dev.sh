__pk_branch() { local b; b=$(git symbolic-ref --short HEAD 2>/dev/null) || return; git diff --quiet 2>/dev/null || b="$b*"; printf ' (%s)' "$b"; }
__pk_venv() { [ -n "$VIRTUAL_ENV" ] && printf '[%s] ' "$(basename "$VIRTUAL_ENV")"; }
PS1='$(__pk_venv)\w$(__pk_branch) [$?] \$ '
