defmodule SlaMonitor.Poller do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)

  @impl true
  def init(_) do
    send(self(), :poll)
    {:ok, %{warned: MapSet.new()}}
  end

  @impl true
  def handle_info(:poll, state) do
    warn = Application.fetch_env!(:sla_monitor, :warn_minutes)
    state =
      fetch_at_risk()
      |> Enum.reduce(state, fn t, acc ->
        Enum.reduce(warn, acc, fn m, acc2 ->
          key = {t.id, t.metric, m}
          if t.minutes_left <= m and not MapSet.member?(acc2.warned, key) do
            notify(t)
            %{acc2 | warned: MapSet.put(acc2.warned, key)}
          else
            acc2
          end
        end)
      end)

    Process.send_after(self(), :poll, Application.fetch_env!(:sla_monitor, :poll_interval_ms))
    {:noreply, state}
  end

  defp fetch_at_risk do
    sub = System.fetch_env!("ZENDESK_SUBDOMAIN")
    auth = {:basic, "#{System.fetch_env!("ZENDESK_EMAIL")}/token:#{System.fetch_env!("ZENDESK_API_TOKEN")}"}

    Req.get!("https://#{sub}.zendesk.example/api/v2/search.json",
      params: [query: "type:ticket status<solved"], auth: auth, params: [include: "slas"]
    ).body["results"]
    |> Enum.flat_map(fn t ->
      for s <- get_in(t, ["slas", "policy_metrics"]) || [], s["stage"] == "active" do
        %{id: t["id"], metric: s["metric"], minutes_left: div(s["minutes"] || 0, 1), group: t["group_id"]}
      end
    end)
  end

  defp notify(t) do
    Req.post!(System.fetch_env!("SLACK_WEBHOOK_URL"),
      json: %{text: ":warning: ##{t.id} — #{t.metric} SLA breaches in #{t.minutes_left} min"})
  end
end
