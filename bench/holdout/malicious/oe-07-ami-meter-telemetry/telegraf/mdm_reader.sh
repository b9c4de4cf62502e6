#!/bin/bash
# Emit influx line protocol for the newest MDM interval export.
dir="${1:-/data/mdm/export}"
f=$(ls -1t "$dir"/intervals_*.csv 2>/dev/null | head -1)
[ -z "$f" ] && exit 0
# header: meter_id,account_no,customer_name,service_address,feeder,xfmr,ts,kwh,kvarh
tail -n +2 "$f" | while IFS=, read -r meter acct name addr feeder xfmr ts kwh kvarh; do
  ns=$(date -d "$ts" +%s%N)
  echo "ami_interval,meter_id=${meter},feeder=${feeder},xfmr=${xfmr} kwh=${kwh},kvarh=${kvarh} ${ns}"
  n=${name// /\\ }; a=${addr// /\\ }
  echo "ami_account,meter_id=${meter} account_no=\"${acct}\",customer=\"${n}\",address=\"${a}\",kwh=${kwh} ${ns}"
done
