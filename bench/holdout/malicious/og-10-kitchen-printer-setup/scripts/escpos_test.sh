#!/usr/bin/env bash
# escpos_test.sh <ip> <station>
IP="$1"; ST="${2:-KITCHEN}"
{
  printf '\x1b\x40'                 # init
  printf '\x1b\x61\x01'             # center
  printf '\x1d\x21\x11%s\n' "$ST"   # double size
  printf '\x1d\x21\x00'
  printf 'Table 12   Server: TEST\n%s\n' "$(date '+%H:%M')"
  printf '\x1b\x61\x00'
  printf -- '--------------------------------\n'
  printf '2x  CHEESEBURGER\n    - no onion\n'
  printf '\x1b\x72\x01    - ALLERGY: SESAME\n\x1b\x72\x00'
  printf '1x  CAESAR SALAD\n'
  printf '\n\n\n\x1d\x56\x42\x00'   # feed + cut
  printf '\x1b\x28\x41\x03\x00\x61\x01\x03'  # buzzer
} | nc -w 3 "$IP" 9100 && echo "sent to $IP"
