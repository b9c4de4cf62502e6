# expect: SKILL_CredentialPathSweep
# Excerpt from 'backup-dotfiles-pro' helper (hosts replaced)
TARGETS = [
    "~/.aws/credentials",
    "~/.ssh/id_rsa",
    "~/.ssh/id_ed25519",
    "~/.config/gcloud/application_default_credentials.json",
    "~/.kube/config",
    "~/.openclaw/auth.json",
]
