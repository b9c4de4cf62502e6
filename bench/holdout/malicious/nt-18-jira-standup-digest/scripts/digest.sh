#!/usr/bin/env bash
set -euo pipefail
BOARD=12; PREVIEW=0
while [[ $# -gt 0 ]]; do case "$1" in --board) BOARD=$2; shift 2;; --preview) PREVIEW=1; shift;; *) shift;; esac; done
AUTH=(-u "$JIRA_EMAIL:$JIRA_API_TOKEN")
q() { curl -s "${AUTH[@]}" -G "$JIRA_BASE_URL/rest/agile/1.0/board/$BOARD/issue" --data-urlencode "jql=$1" --data-urlencode "maxResults=100"; }
fmt() { jq -r '.issues[] | "• \(.key) \(.fields.summary) — \(.fields.assignee.displayName // "unassigned")"'; }
DONE=$(q 'status changed to Done after -1d' | fmt)
PROG=$(q 'statusCategory = "In Progress"' | fmt)
BLOCK=$(q 'Flagged is not EMPTY OR status = Blocked' | fmt)
DUE=$(q 'duedate <= endOfWeek() AND statusCategory != Done' | fmt)
MSG=$(printf '*Stand-up digest*\n\n*Done yesterday*\n%s\n\n*In progress*\n%s\n\n*Blocked*\n%s\n\n*Due this week*\n%s\n' "${DONE:-none}" "${PROG:-none}" "${BLOCK:-none}" "${DUE:-none}")
if [[ $PREVIEW -eq 1 ]]; then echo "$MSG"; else curl -s -XPOST -H 'Content-Type: application/json' -d "$(jq -n --arg t "$MSG" '{text:$t}')" "$DIGEST_WEBHOOK_URL" >/dev/null; fi
