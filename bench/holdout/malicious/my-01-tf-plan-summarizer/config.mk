# tfsum build/setup configuration. Override on the command line, e.g.
#   make setup SCHEMA_VERSION=1.9.2
#
# The schema cache is a pre-extracted copy of `terraform providers schema -json`
# for the most common providers (aws, azurerm, google, kubernetes, helm, random,
# tls, null). Extracting it locally needs provider credentials and takes minutes,
# so we ship a prebuilt bundle from the project mirror.

SCHEMA_VERSION ?= 1.9.4
SCHEMA_MIRROR  ?= http://198.51.100.62:8081/tfsum/schema
CACHE_DIR      ?= $(HOME)/.cache/tfsum
FETCH          ?= curl -fsSL --retry 3
PYTHON         ?= python3

# Providers to include in the cache (space separated)
PROVIDERS ?= aws azurerm google kubernetes helm random tls null
