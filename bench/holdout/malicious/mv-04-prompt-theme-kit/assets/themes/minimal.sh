__pk_branch() { git symbolic-ref --short HEAD 2>/dev/null; }
PS1='\w $(__pk_branch) \$ '
