#!/bin/bash
echo "== Disks =="; df -h | grep -E '^/dev|Volumes'
echo "== Memory =="; memory_pressure | tail -1
echo "== Thermal =="; pmset -g therm | sed -n 2,4p
MC="$HOME/Library/Application Support/Adobe/Common/Media Cache Files"
[ -d "$MC" ] && du -sh "$MC"
[ -d "$HOME/Library/Application Support/LucidLink" ] && du -sh "$HOME/Library/Application Support/LucidLink"
