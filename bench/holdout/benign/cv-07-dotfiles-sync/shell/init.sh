# sourced from ~/.bashrc / ~/.zshrc by dotfiles-sync
export EDITOR=nvim
export PATH="$HOME/.local/bin:$PATH"
alias ll='ls -lah'
alias gs='git status -sb'
# machine-local secrets (git-ignored, chmod 600); never committed
[ -f "$HOME/.config/secrets.env" ] && . "$HOME/.config/secrets.env"
