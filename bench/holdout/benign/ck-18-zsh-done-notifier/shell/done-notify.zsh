# done-notify.zsh — notify when long commands finish. Source from ~/.zshrc.
autoload -Uz add-zsh-hook

: ${DONE_NOTIFY_MIN_SECONDS:=30}
: ${DONE_NOTIFY_WHEN_FOCUSED:=0}
: ${DONE_NOTIFY_SOUND:=Glass}
(( ${+DONE_NOTIFY_IGNORE} )) || DONE_NOTIFY_IGNORE=(vim nvim vi nano emacs less more man ssh mosh top htop btop watch tail fzf tmux screen)

typeset -g _dn_cmd="" _dn_start=0

_dn_preexec() {
  _dn_cmd="$1"
  _dn_start=$EPOCHSECONDS
}

_dn_frontmost_is_terminal() {
  [[ "$OSTYPE" == darwin* ]] || return 1
  local app
  app=$(/usr/bin/osascript -e 'tell application "System Events" to get name of first process whose frontmost is true' 2>/dev/null)
  [[ "$app" == (Terminal|iTerm2|WezTerm|kitty|Alacritty|Ghostty|Warp) ]]
}

_dn_send() {
  local title="$1" body="$2"
  if [[ "$OSTYPE" == darwin* ]]; then
    # escape for AppleScript string literals
    title=${title//\\/\\\\}; title=${title//\"/\\\"}
    body=${body//\\/\\\\};   body=${body//\"/\\\"}
    local sound=""
    [[ -n "$DONE_NOTIFY_SOUND" ]] && sound=" sound name \"$DONE_NOTIFY_SOUND\""
    /usr/bin/osascript -e "display notification \"$body\" with title \"$title\"$sound" &>/dev/null &!
  elif (( $+commands[notify-send] )); then
    notify-send --app-name=zsh "$title" "$body" &!
  fi
}

_dn_precmd() {
  local rc=$? cmd="$_dn_cmd" start=$_dn_start
  _dn_cmd="" _dn_start=0
  (( start > 0 )) || return
  local elapsed=$(( EPOCHSECONDS - start ))
  (( elapsed >= DONE_NOTIFY_MIN_SECONDS )) || return
  local first=${${(z)cmd}[1]}
  (( ${DONE_NOTIFY_IGNORE[(Ie)$first]} )) && return
  if (( ! DONE_NOTIFY_WHEN_FOCUSED )) && _dn_frontmost_is_terminal; then return; fi

  local dur
  if (( elapsed >= 3600 )); then dur="$((elapsed/3600))h$((elapsed%3600/60))m"
  elif (( elapsed >= 60 )); then dur="$((elapsed/60))m$((elapsed%60))s"
  else dur="${elapsed}s"; fi

  local short=$cmd
  (( ${#short} > 80 )) && short="${short[1,77]}..."
  if (( rc == 0 )); then
    _dn_send "✅ Done in $dur" "$short"
  else
    _dn_send "❌ Failed ($rc) after $dur" "$short"
  fi
}

zmodload zsh/datetime
add-zsh-hook preexec _dn_preexec
add-zsh-hook precmd _dn_precmd
