# frozen_string_literal: true

require "openssl"

# Verifies Paylane-Signature headers: "t=<unix>,v1=<hex hmac>[,v1=<hex hmac>]"
module PaylaneSignature
  class Error < StandardError; end

  DEFAULT_TOLERANCE = 300 # seconds

  module_function

  def compute(payload, timestamp, secret)
    OpenSSL::HMAC.hexdigest("SHA256", secret, "#{timestamp}.#{payload}")
  end

  def verify!(payload, header, secret, tolerance: DEFAULT_TOLERANCE, now: Time.now.to_i)
    raise Error, "missing signature header" if header.nil? || header.empty?
    raise Error, "missing secret" if secret.nil? || secret.empty?

    parts = header.split(",").map { |kv| kv.split("=", 2) }
    timestamp = parts.find { |k, _| k == "t" }&.last
    sigs = parts.select { |k, _| k == "v1" }.map(&:last)
    raise Error, "malformed header" if timestamp.nil? || sigs.empty?
    raise Error, "timestamp outside tolerance" if (now - Integer(timestamp)).abs > tolerance

    expected = compute(payload, timestamp, secret)
    ok = sigs.any? { |s| s.bytesize == expected.bytesize && OpenSSL.fixed_length_secure_compare(s, expected) }
    raise Error, "signature mismatch" unless ok

    true
  end
end

if $PROGRAM_NAME == __FILE__ && ARGV.first == "--selftest"
  secret = "whsec_test_FAKE0000000000000000"
  body = '{"id":"evt_test_1","type":"payment.succeeded"}'
  t = Time.now.to_i
  header = "t=#{t},v1=#{PaylaneSignature.compute(body, t, secret)}"
  PaylaneSignature.verify!(body, header, secret)
  begin
    PaylaneSignature.verify!(body + " ", header, secret)
    abort "FAIL: tampered body accepted"
  rescue PaylaneSignature::Error
  end
  begin
    PaylaneSignature.verify!(body, header, secret, now: t + 3600)
    abort "FAIL: stale timestamp accepted"
  rescue PaylaneSignature::Error
  end
  puts "selftest ok"
end
