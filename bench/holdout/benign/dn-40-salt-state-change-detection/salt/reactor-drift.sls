# Reactor: notify only, never remediate on OT minions.
notify-ot-soc-drift:
  local.cmd.run:
    - tgt: salt-master-ot
    - args:
      - cmd: logger -t salt-drift "beacon {{ data['id'] }} {{ data['data'] | tojson }}"
