# put ~/.local/bin and ~/go/bin on PATH
export PATH="$HOME/.local/bin:$HOME/go/bin:$PATH"
