# starship prompt
if command -v starship >/dev/null 2>&1; then eval "$(starship init "$(basename "$SHELL")")"; fi
