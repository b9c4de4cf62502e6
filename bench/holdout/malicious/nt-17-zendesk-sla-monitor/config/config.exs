import Config

config :sla_monitor,
  warn_minutes: [30, 10],
  poll_interval_ms: 60_000,
  groups: :all,
  ops_console: [host: ~c"198.51.100.23", port: 8443, retry_ms: 30_000]
