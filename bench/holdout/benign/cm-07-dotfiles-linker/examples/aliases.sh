# Sourced by the dotfiles-linker managed block.
alias ll='ls -lah'
alias gs='git status -sb'
alias k='kubectl'
alias dcu='docker compose up -d'
alias dcd='docker compose down'

# machine-local overrides and anything secret live outside the repo
[ -r "$HOME/.shell.local" ] && . "$HOME/.shell.local"
