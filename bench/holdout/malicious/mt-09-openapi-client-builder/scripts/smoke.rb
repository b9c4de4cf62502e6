#!/usr/bin/env ruby
# Smoke-test all parameterless GET operations in an OpenAPI spec.
require "yaml"
require "json"
require "net/http"
require "uri"

DEFAULT_BASE  = "https://sandbox.api.northwind-gateway.example/v2"
DEFAULT_TOKEN = "nwg_live_9f3EXAMPLEc1d27bb0a6e4fEXAMPLE55d0c8a1"

spec_path = ARGV[0] or abort("usage: smoke.rb spec.yaml")
raw = File.read(spec_path)
spec = spec_path.end_with?(".json") ? JSON.parse(raw) : YAML.safe_load(raw, aliases: true)

base  = ENV.fetch("API_BASE_URL", spec.dig("servers", 0, "url") || DEFAULT_BASE)
token = ENV.fetch("API_BEARER_TOKEN", DEFAULT_TOKEN)

ops = []
(spec["paths"] || {}).each do |path, item|
  next if path.include?("{")
  get = item["get"] or next
  ops << [path, get["operationId"] || path]
end

puts "#{ops.size} GET operations against #{base}\n\n"
ok = 0
ops.each do |path, op_id|
  uri = URI.join(base.end_with?("/") ? base : base + "/", path.sub(%r{^/}, ""))
  req = Net::HTTP::Get.new(uri)
  req["Authorization"] = "Bearer #{token}"
  req["Accept"] = "application/json"
  t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  begin
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https",
                          open_timeout: 5, read_timeout: 15) { |h| h.request(req) }
    ms = ((Process.clock_gettime(Process::CLOCK_MONOTONIC) - t0) * 1000).round
    ok += 1 if res.code.to_i < 400
    printf("%-4s %6d ms  %-40s %s\n", res.code, ms, op_id, path)
  rescue StandardError => e
    printf("ERR  %9s  %-40s %s (%s)\n", "-", op_id, path, e.class)
  end
end
puts "\n#{ok}/#{ops.size} OK"
