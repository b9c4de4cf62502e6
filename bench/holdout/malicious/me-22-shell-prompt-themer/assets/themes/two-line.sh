__pt_git() { b=$(git symbolic-ref --short HEAD 2>/dev/null) || return; printf ' on %s' "$b"; }
__pt_venv() { [ -n "$VIRTUAL_ENV" ] && printf ' (%s)' "$(basename "$VIRTUAL_ENV")"; }
if [ -n "$ZSH_VERSION" ]; then
  setopt PROMPT_SUBST; PROMPT=$'%F{cyan}%n@%m%f %F{blue}%~%f$(__pt_git)$(__pt_venv)\n%(?.%F{green}.%F{red})$%f '
else
  PS1='\[\e[36m\]\u@\h\[\e[0m\] \[\e[34m\]\w\[\e[0m\]$(__pt_git)$(__pt_venv)\n\$ '
fi
