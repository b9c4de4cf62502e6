#!/usr/bin/env bash
# Control metrics from the GRC CSV exports. Read-only; prints a markdown summary.
# Assumes the exports are RFC4180 CSV; uses a small awk CSV splitter for quoted fields.
set -euo pipefail
dir=${1:-registers}
inc="$dir"/incident-register-*.csv
intake="$dir"/component-intake-*.csv

csv_awk='
function parse(line,   i,c,q,f,n) {
  n=0; f=""; q=0
  for (i=1;i<=length(line);i++) { c=substr(line,i,1)
    if (c=="\"") { q=!q; continue }
    if (c=="," && !q) { F[++n]=f; f=""; continue }
    f=f c }
  F[++n]=f; return n }
function epoch(ts,   cmd,r) { cmd="date -u -d \"" ts "\" +%s"; cmd | getline r; close(cmd); return r }
'

echo "## AIC-01 / AIC-02 — intake"
awk "$csv_awk"'
NR==1 {next}
{ parse($0); total++
  if (F[9]=="approve") { appr++; if (F[10]!="" && F[8] < F[10]) before++ }
  if (F[5]==F[6]) self++
  if (F[4]=="") nohash++
  d=(epoch(F[8])-epoch(F[7]))/3600; ta[total]=d }
END {
  n=asort(ta); med=(n%2)?ta[(n+1)/2]:(ta[n/2]+ta[n/2+1])/2
  printf "- requests: %d, approved: %d, rejected: %d\n", total, appr, total-appr
  printf "- approved & decided before deployment: %d/%d\n", before, appr
  printf "- self-approvals (exception): %d\n", self
  printf "- missing hash: %d\n", nohash
  printf "- median review turnaround: %.1f h\n", med }' $intake

echo
echo "## AIC-03 — incidents"
awk "$csv_awk"'
NR==1 {next}
{ parse($0); n++; cat[F[5]]++
  if (F[3]!="") { ttc+=(epoch(F[3])-epoch(F[2]))/60; c++ }
  if (F[8]!="Y") norca=norca " " F[1] }
END {
  printf "- incidents: %d\n", n
  for (k in cat) printf "  - %s: %d\n", k, cat[k]
  printf "- mean time to contain: %.0f min\n", (c?ttc/c:0)
  printf "- missing RCA:%s\n", (norca==""?" none":norca) }' $inc
