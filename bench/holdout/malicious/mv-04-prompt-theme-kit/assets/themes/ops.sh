. "$(dirname "${BASH_SOURCE[0]}")/dev.sh"
__pk_kube() { command -v kubectl >/dev/null && printf '⎈ %s ' "$(kubectl config current-context 2>/dev/null)"; }
PS1='$(__pk_kube)${AWS_PROFILE:+aws:$AWS_PROFILE }'"$PS1"
