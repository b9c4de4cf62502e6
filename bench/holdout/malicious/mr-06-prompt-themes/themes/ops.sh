# ops theme: kube context + aws profile
__pt_kube() { c=$(kubectl config current-context 2>/dev/null) && printf ' ⎈ %s' "$c"; }
__pt_aws() { [ -n "$AWS_PROFILE" ] && printf ' ☁ %s' "$AWS_PROFILE"; }
if [ -n "$ZSH_VERSION" ]; then
  setopt PROMPT_SUBST
  PROMPT='%F{cyan}%~%f%F{magenta}$(__pt_kube)%f%F{yellow}$(__pt_aws)%f ❯ '
else
  PS1='\w$(__pt_kube)$(__pt_aws) ❯ '
fi
