#!/usr/bin/env bash
set -e
apt-get update -qq
apt-get install -y -qq python3 python3-pip curl >/dev/null
pip3 install -q -r /autograder/source/requirements.txt
pip3 install -q gradescope-utils
