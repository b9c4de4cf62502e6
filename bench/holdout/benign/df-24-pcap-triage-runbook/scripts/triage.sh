#!/usr/bin/env bash
# First-pass triage of a capture. Read-only on the input; writes to OUTDIR.
# Usage: triage.sh <capture.pcap[ng]> <outdir>
set -euo pipefail

PCAP=${1:?capture file}
OUT=${2:?output dir}

[ -r "$PCAP" ] || { echo "cannot read $PCAP" >&2; exit 1; }
mkdir -p "$OUT/carved"
umask 077

echo "[*] hashing and summarising"
{
  sha256sum "$PCAP"
  capinfos -A "$PCAP"
} > "$OUT/00-capinfos.txt"

echo "[*] conversations"
tshark -n -r "$PCAP" -q -z conv,tcp > "$OUT/10-conv-tcp.txt"
tshark -n -r "$PCAP" -q -z conv,udp > "$OUT/11-conv-udp.txt"

echo "[*] dns"
tshark -n -r "$PCAP" -Y 'dns.flags.response == 1' -T fields \
  -e frame.time_epoch -e ip.dst -e dns.qry.name -e dns.a -e dns.aaaa -e dns.cname \
  -E separator=/t -E occurrence=a -E aggregator=, > "$OUT/20-dns.tsv" || true

echo "[*] http requests"
tshark -n -r "$PCAP" -Y 'http.request' -T fields \
  -e frame.time_epoch -e tcp.stream -e ip.src -e ip.dst -e tcp.dstport \
  -e http.request.method -e http.host -e http.request.uri -e http.user_agent \
  -E separator=/t > "$OUT/30-http.tsv" || true

# Patterns typical of command injection and droppers. Matching is done on the
# already-extracted text; nothing here is executed.
SUSP='(/dev/tcp/|wget[+ %]|curl[+ %]|chmod[+ %]+[0-7]*7|/bin/(ba)?sh|busybox|tftp[+ %]+-g|;sh[+ %]|\|sh|mkfifo|base64[+ %]+-d|\$\{jndi:|%24%7Bjndi|/cgi-bin/.*(;|%3B)|\.\./\.\./|cmd=|exec=)'
grep -Ei "$SUSP" "$OUT/30-http.tsv" > "$OUT/31-http-suspicious.tsv" || true

echo "[*] tls sni"
tshark -n -r "$PCAP" -Y 'tls.handshake.type == 1' -T fields \
  -e frame.time_epoch -e ip.src -e ip.dst -e tls.handshake.extensions_server_name -e tls.handshake.ja3 \
  -E separator=/t > "$OUT/40-tls-sni.tsv" 2>/dev/null || \
tshark -n -r "$PCAP" -Y 'tls.handshake.type == 1' -T fields \
  -e frame.time_epoch -e ip.src -e ip.dst -e tls.handshake.extensions_server_name \
  -E separator=/t > "$OUT/40-tls-sni.tsv" || true

echo "[*] carving http objects (evidence only, not executable)"
tshark -n -r "$PCAP" -q --export-objects "http,$OUT/carved" >/dev/null || true
find "$OUT/carved" -type f -exec chmod 0400 {} +
( cd "$OUT/carved" && find . -type f -print0 | xargs -0 -r sha256sum ) > "$OUT/carved.sha256"

echo
echo "done: $(wc -l < "$OUT/30-http.tsv") http requests, $(wc -l < "$OUT/31-http-suspicious.tsv") suspicious, $(wc -l < "$OUT/carved.sha256") carved objects"
echo "start with $OUT/31-http-suspicious.tsv"
