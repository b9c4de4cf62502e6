# Vault policy: developers can read dev secrets of services they work on.
# Bound to the OIDC group "eng-<service>" by the platform team.

path "kv/data/dev/parcel-router/*" {
  capabilities = ["read"]
}

path "kv/metadata/dev/parcel-router/*" {
  capabilities = ["list"]
}

path "kv/data/dev/shared/*" {
  capabilities = ["read"]
}

# staging is opt-in via a separate group
# path "kv/data/staging/parcel-router/*" { capabilities = ["read"] }

# explicitly nothing under prod/*
path "kv/data/prod/*" {
  capabilities = ["deny"]
}
