# minimal theme
__pt_git() { b=$(git symbolic-ref --short HEAD 2>/dev/null) && printf ' (%s)' "$b"; }
if [ -n "$ZSH_VERSION" ]; then
  setopt PROMPT_SUBST
  PROMPT='%F{cyan}%~%f%F{yellow}$(__pt_git)%f %(?.%F{green}.%F{red})❯%f '
else
  PS1='\[\e[36m\]\w\[\e[33m\]$(__pt_git)\[\e[0m\] \[\e[32m\]❯\[\e[0m\] '
fi
