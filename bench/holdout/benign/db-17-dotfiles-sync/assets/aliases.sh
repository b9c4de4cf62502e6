# >>> dotfiles-sync aliases >>>
alias ll='ls -alhF'
alias gs='git status -sb'
alias dcu='docker compose up -d'
alias dcl='docker compose logs -f --tail=100'
alias please='sudo $(fc -ln -1)'
export EDITOR=nvim
export PATH="$HOME/.local/bin:$PATH"
# <<< dotfiles-sync aliases <<<
