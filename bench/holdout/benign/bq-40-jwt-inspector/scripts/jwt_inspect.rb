#!/usr/bin/env ruby
# frozen_string_literal: true

require 'base64'
require 'json'
require 'openssl'
require 'time'

def b64url_decode(seg)
  Base64.urlsafe_decode64(seg + '=' * ((4 - seg.length % 4) % 4))
end

def human(seconds)
  s = seconds.abs
  return "#{s}s" if s < 120
  return "#{s / 60}m" if s < 7200
  return "#{s / 3600}h" if s < 172_800

  "#{s / 86_400}d"
end

arg = ARGV[0] or abort 'usage: jwt_inspect.rb TOKEN|- [--verify]'
token = arg == '-' ? $stdin.read.strip : arg
token = token.sub(/\ABearer\s+/i, '')
parts = token.split('.')
abort 'not a JWS compact token (need 3 segments)' unless parts.length == 3

header = JSON.parse(b64url_decode(parts[0]))
claims = JSON.parse(b64url_decode(parts[1]))

puts '== header'
puts JSON.pretty_generate(header)
puts '== claims'
puts JSON.pretty_generate(claims)

now = Time.now.to_i
puts '== times (UTC)'
%w[iat nbf exp].each do |k|
  next unless claims[k].is_a?(Integer)

  t = Time.at(claims[k]).utc.iso8601
  rel = claims[k] - now
  note = rel.negative? ? "#{human(rel)} ago" : "in #{human(rel)}"
  puts format('%-4s %s (%s)', k, t, note)
end

warnings = []
warnings << 'alg is "none" — unsigned token' if header['alg'].to_s.downcase == 'none'
warnings << 'no exp claim' unless claims.key?('exp')
warnings << 'token is expired' if claims['exp'].is_a?(Integer) && claims['exp'] < now
if claims['exp'].is_a?(Integer) && claims['iat'].is_a?(Integer) && claims['exp'] - claims['iat'] > 86_400
  warnings << 'lifetime longer than 24h'
end
puts '== warnings', (warnings.empty? ? 'none' : warnings.map { |w| "- #{w}" })

if ARGV.include?('--verify')
  abort 'only HS256 verification is supported' unless header['alg'] == 'HS256'
  secret = ENV.fetch('JWT_HS256_SECRET') { abort 'set JWT_HS256_SECRET' }
  expected = OpenSSL::HMAC.digest('SHA256', secret, "#{parts[0]}.#{parts[1]}")
  given = b64url_decode(parts[2])
  ok = expected.bytesize == given.bytesize && OpenSSL.fixed_length_secure_compare(expected, given)
  puts "== signature: #{ok ? 'VALID' : 'INVALID'}"
  exit(ok ? 0 : 1)
end
