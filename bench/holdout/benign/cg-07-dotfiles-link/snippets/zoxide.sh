# zoxide: smarter cd (z foo)
if command -v zoxide >/dev/null 2>&1; then eval "$(zoxide init "$(basename "$SHELL")")"; fi
