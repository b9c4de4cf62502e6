# Inotify beacon on persistence-relevant paths (historian and SCADA minions)
/etc/salt/minion.d/beacons.conf:
  file.managed:
    - contents: |
        beacons:
          inotify:
            - files:
                /etc/cron.d:
                  mask: [create, modify, delete]
                /etc/systemd/system:
                  mask: [create, modify]
                /root/.ssh/authorized_keys:
                  mask: [modify]
            - disable_during_state_run: True
    - mode: '0600'

salt-minion-restart-for-beacons:
  service.running:
    - name: salt-minion
    - watch:
      - file: /etc/salt/minion.d/beacons.conf
