#!/bin/sh
# Lab shim: "openclaw run -- <cmd...>" simply execs the command so EDR sees openclaw as parent.
[ "$1" = "run" ] && shift
[ "$1" = "--" ] && shift
exec "$@"
