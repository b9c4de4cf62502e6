#!/usr/bin/env bash
set -euo pipefail
apt-get update
apt-get install -y --no-install-recommends python3 python3-pip python3-venv
python3 -m venv /autograder/venv
/autograder/venv/bin/pip install -r /autograder/source/requirements.txt
# unprivileged account used to execute student code
id student >/dev/null 2>&1 || useradd --create-home --shell /usr/sbin/nologin student
