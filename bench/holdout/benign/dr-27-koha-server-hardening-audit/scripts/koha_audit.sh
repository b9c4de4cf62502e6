#!/usr/bin/env bash
# Read-only Koha hardening audit. Prints Markdown.
set -u
echo "# Koha audit – $(hostname) – $(date -Is)"

for inst in $(koha-list); do
  conf="/etc/koha/sites/$inst/koha-conf.xml"
  echo "## Instance: $inst"
  echo '### koha-conf.xml permissions'
  stat -c '%A %U:%G %n' "$conf"
  grep -o '<enable_plugins>[01]</enable_plugins>' "$conf"

  echo '### Instance crontab'
  echo '```'
  crontab -l -u "${inst}-koha" 2>/dev/null || echo "(none)"
  echo '```'
  crontab -l -u "${inst}-koha" 2>/dev/null | grep -En 'curl|wget|bash -c|nc |/tmp/|base64' \
    && echo '**Advise: review the lines above**'

  echo '### Plugins'
  ls -1 "/var/lib/koha/$inst/plugins/Koha/Plugin" 2>/dev/null || echo "(none)"

  sip="/etc/koha/sites/$inst/SIPconfig.xml"
  if [ -f "$sip" ]; then
    echo '### SIP2 listeners'
    grep -Eo 'port="[^"]+"' "$sip"
  fi
done

echo '## /etc/cron.d (non-default entries)'
ls -1 /etc/cron.d | grep -vE '^(koha-common|e2scrub_all|php|\.placeholder)$'

echo '## Listening sockets'
echo '```'; ss -tlnp | grep -E ':(6001|6002|8080|8081|3306|9998|80|443)\b'; echo '```'

echo '## MariaDB users'
mysql -N -e "SELECT CONCAT(user,'@',host) FROM mysql.user" 2>/dev/null
