#!/usr/bin/env bash
# verify.sh SERVER -- post-install checks for the branch CoreDNS
set -uo pipefail

srv=${1:-127.0.0.1}
zone=branch.netops-lab.example
key="hmac-sha256:hq-sync.netops-lab.example.:dEUiYVozBZySW4EXAMPLEv94ud5dqqNGIUWxs1Pgto4="
rc=0

check() {  # name, expected-substring, dig args...
    local name=$1 want=$2; shift 2
    local out; out=$(dig +time=2 +tries=1 "@$srv" "$@" 2>&1)
    if grep -q -- "$want" <<<"$out"; then
        printf 'ok    %s\n' "$name"
    else
        printf 'FAIL  %s (wanted "%s")\n' "$name" "$want"; rc=1
    fi
}

check "SOA answers"              "IN	SOA"         "$zone" SOA +noall +answer
check "forward lookup"           "192.0.2.5"      "sw-core.$zone" A +short
check "reverse lookup"           "sw-core.$zone"  -x 192.0.2.5 +short
check "forwarder works"          "NOERROR"        "example.com" A
check "unsigned AXFR refused"    "Transfer failed" "$zone" AXFR
check "signed AXFR (HQ key)"     "IN	SOA"         -y "$key" "$zone" AXFR

curl -fsS "http://$srv:8181/ready" >/dev/null && echo "ok    ready endpoint" || { echo "FAIL  ready endpoint"; rc=1; }
curl -fsS "http://$srv:9153/metrics" | grep -q '^coredns_dns_requests_total' \
    && echo "ok    metrics" || { echo "FAIL  metrics"; rc=1; }

exit $rc
