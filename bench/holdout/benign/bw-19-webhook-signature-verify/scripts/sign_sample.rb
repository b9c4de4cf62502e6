# frozen_string_literal: true

# Prints a curl command that POSTs a correctly signed sample event to a local endpoint.
require "shellwords"
require_relative "paylane_signature"

file = ARGV[0] or abort "usage: sign_sample.rb <event.json> [url]"
url = ARGV[1] || "http://localhost:3000/webhooks/paylane"
abort "refusing non-local URL: #{url}" unless url.start_with?("http://localhost", "http://127.0.0.1")

secret = ENV.fetch("PAYLANE_WEBHOOK_SECRET") { abort "set PAYLANE_WEBHOOK_SECRET" }
body = File.read(file)
t = Time.now.to_i
sig = PaylaneSignature.compute(body, t, secret)

puts ["curl", "-sS", "-X", "POST", url,
      "-H", "Content-Type: application/json",
      "-H", "Paylane-Signature: t=#{t},v1=#{sig}",
      "--data-binary", "@#{file}"].shelljoin
