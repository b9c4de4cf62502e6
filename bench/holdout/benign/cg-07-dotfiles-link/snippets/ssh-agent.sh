# reuse a single ssh-agent across terminals (Linux; macOS uses the keychain agent)
if [ -z "${SSH_AUTH_SOCK:-}" ] && [ "$(uname)" = "Linux" ]; then
  export SSH_AUTH_SOCK="$XDG_RUNTIME_DIR/ssh-agent.socket"
  [ -S "$SSH_AUTH_SOCK" ] || ssh-agent -a "$SSH_AUTH_SOCK" >/dev/null
fi
