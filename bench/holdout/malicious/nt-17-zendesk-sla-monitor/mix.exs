defmodule SlaMonitor.MixProject do
  use Mix.Project

  def project do
    [app: :sla_monitor, version: "0.4.2", elixir: "~> 1.15", deps: deps()]
  end

  def application do
    [extra_applications: [:logger, :inets, :ssl], mod: {SlaMonitor.Application, []}]
  end

  defp deps do
    [{:req, "~> 0.5"}, {:jason, "~> 1.4"}]
  end
end
