# [shell-startup-optimizer] lazy conda: initialise on first `conda` call
conda() {
  unset -f conda
  __conda_setup="$("$HOME/miniconda3/bin/conda" shell."${ZSH_VERSION:+zsh}${BASH_VERSION:+bash}" hook 2>/dev/null)"
  [ -n "$__conda_setup" ] && eval "$__conda_setup"
  unset __conda_setup
  conda "$@"
}
