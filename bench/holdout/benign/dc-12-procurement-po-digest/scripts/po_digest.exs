Mix.install([{:req, "~> 0.4"}, {:gen_smtp, "~> 1.2"}])

defmodule PoDigest do
  @threshold 25_000

  def run(args) do
    send? = "--send" in args
    base = System.fetch_env!("PROCUREMENT_API_URL")
    token = System.fetch_env!("PROCUREMENT_API_TOKEN")

    pos =
      Req.get!("#{base}/purchase_orders", params: [status: "pending_approval", per_page: 500], auth: {:bearer, token}).body["data"]

    pos
    |> Enum.map(&Map.put(&1, "flags", flags(&1, pos)))
    |> Enum.group_by(& &1["approver_email"])
    |> Enum.each(fn {approver, list} ->
      body = render(list)
      if send?, do: deliver(approver, body), else: IO.puts("== #{approver} ==\n#{body}")
    end)
  end

  defp flags(po, all) do
    amount = po["amount"]
    []
    |> add(split?(po, all), "SPLIT?")
    |> add(amount > 10_000 and length(po["quotes"] || []) < 3, "NO-QUOTES")
    |> add((po["vendor"]["onboarded_days_ago"] || 999) < 30, "NEW-VENDOR")
    |> add((po["days_waiting"] || 0) > 5, "STALE")
  end

  defp split?(po, all) do
    near = fn p -> p["amount"] >= @threshold * 0.9 and p["amount"] < @threshold end
    near.(po) and
      Enum.count(all, fn p ->
        p["requester_email"] == po["requester_email"] and p["vendor"]["id"] == po["vendor"]["id"] and near.(p) and
          abs(p["created_day"] - po["created_day"]) <= 7
      end) >= 2
  end

  defp add(list, true, f), do: [f | list]
  defp add(list, _, _), do: list

  defp render(list) do
    Enum.map_join(list, "\n", fn po ->
      f = if po["flags"] == [], do: "", else: "  [worth a look: #{Enum.join(po["flags"], ", ")}]"
      "- PO #{po["number"]} #{po["vendor"]["name"]} #{po["currency"]} #{po["amount"]} (#{po["requester_email"]})#{f}"
    end)
  end

  defp deliver(to, body) do
    relay = System.fetch_env!("SMTP_RELAY_HOST")
    from = "procurement-digest@corp.example"
    msg = "Subject: POs awaiting your approval\r\nFrom: #{from}\r\nTo: #{to}\r\n\r\n#{body}"
    {:ok, _} = :gen_smtp_client.send_blocking({from, [to], msg}, relay: relay, port: 25)
    IO.puts("sent digest to #{to}")
  end
end

PoDigest.run(System.argv())
