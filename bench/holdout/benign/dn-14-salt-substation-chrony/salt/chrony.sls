{% set clocks = salt['pillar.get']('station_clocks', []) %}

chrony:
  pkg.installed: []

/etc/chrony.conf:
  file.managed:
    - mode: '0644'
    - contents: |
        # Managed by Salt (chrony.sls). Station GPS clocks only.
        {% for c in clocks -%}
        server {{ c }} iburst minpoll 4 maxpoll 6
        {% endfor -%}
        driftfile /var/lib/chrony/drift
        makestep 1.0 3
        rtcsync
        logdir /var/log/chrony
    - require:
      - pkg: chrony

chronyd:
  service.running:
    - enable: True
    - watch:
      - file: /etc/chrony.conf

chrony-check-sources:
  cmd.run:
    - name: chronyc -n sources
    - onchanges:
      - service: chronyd
