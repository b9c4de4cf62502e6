#!/usr/bin/env bash
set -u
rc=0
for f in samples/malicious/*; do
  if yara -w rules/webshells.yar "$f" | grep -q .; then echo "ok    hit   $f"; else echo "FAIL  miss  $f"; rc=1; fi
done
for f in samples/clean/*; do
  if yara -w rules/webshells.yar "$f" | grep -q .; then echo "FAIL  fp    $f"; rc=1; else echo "ok    clean $f"; fi
done
exit $rc
