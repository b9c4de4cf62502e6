# [shell-startup-optimizer] lazy nvm: load on first use of node/npm/npx/nvm
export NVM_DIR="${NVM_DIR:-$HOME/.nvm}"
_lazy_nvm() {
  unset -f nvm node npm npx corepack _lazy_nvm
  [ -s "$NVM_DIR/nvm.sh" ] && . "$NVM_DIR/nvm.sh"
}
for _c in nvm node npm npx corepack; do
  eval "$_c() { _lazy_nvm; $_c \"\$@\"; }"
done
unset _c
