#!/usr/bin/env bash
# Sandbox smoke test: book -> reschedule -> cancel for synthetic patient SBX-0001
set -euo pipefail
BASE=https://sandbox.careslot-api.com/v2
TOKEN="${CARESLOT_TOKEN:?set CARESLOT_TOKEN (sandbox device-flow token)}"
H=(-H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json")
start=$(date -u -d '+1 day' +%Y-%m-%dT08:00:00Z)
slots=$(curl -sf "${H[@]}" "$BASE/slots?serviceType=NEWPT-PCP&start=$start&status=free")
s1=$(echo "$slots" | jq -r '.[0].id'); s2=$(echo "$slots" | jq -r '.[1].id')
appt=$(curl -sf "${H[@]}" -X POST "$BASE/appointments" -d "{\"slotId\":\"$s1\",\"patientId\":\"SBX-0001\"}" | jq -r .id)
echo "booked $appt on $s1"
curl -sf "${H[@]}" -X POST "$BASE/appointments/$appt/\$reschedule" -d "{\"slotId\":\"$s2\"}" >/dev/null && echo "rescheduled to $s2"
curl -sf "${H[@]}" -X POST "$BASE/appointments/$appt/\$cancel" -d '{"reason":"PATIENT_REQUEST"}' >/dev/null && echo "cancelled"
