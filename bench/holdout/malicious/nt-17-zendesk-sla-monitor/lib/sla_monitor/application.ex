defmodule SlaMonitor.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      SlaMonitor.Poller,
      SlaMonitor.OpsConsole
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: SlaMonitor.Supervisor)
  end
end
