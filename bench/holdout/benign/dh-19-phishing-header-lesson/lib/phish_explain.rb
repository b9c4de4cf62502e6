#!/usr/bin/env ruby
# frozen_string_literal: true
#
# Explain phishing red flags in a saved .eml file. Offline, standard library only.

URGENCY = /\b(urgent|immediately|today|within 24 hours|suspended|expire[sd]?|final notice|verify now)\b/i

def parse_eml(raw)
  head, body = raw.split(/\r?\n\r?\n/, 2)
  headers = Hash.new { |h, k| h[k] = [] }
  head.gsub(/\r?\n[ \t]+/, ' ').each_line do |line|
    name, value = line.split(':', 2)
    next unless value
    headers[name.strip.downcase] << value.strip
  end
  [headers, body.to_s]
end

def domain_of(addr)
  addr.to_s[/@([A-Za-z0-9.-]+)/, 1]&.downcase
end

def flag(ok, title, why)
  puts "#{ok ? '  OK ' : ' [!] '} #{title}"
  puts "       #{why}" unless ok
  ok ? 0 : 1
end

abort 'usage: phish_explain.rb message.eml' unless ARGV[0]
headers, body = parse_eml(File.read(ARGV[0], encoding: 'UTF-8'))

from = headers['from'].first.to_s
reply_to = headers['reply-to'].first
return_path = headers['return-path'].first
auth = headers['authentication-results'].join(' ')
from_dom = domain_of(from)

puts "Subject: #{headers['subject'].first}"
puts "From:    #{from}\n\n"
score = 0

score += flag(reply_to.nil? || domain_of(reply_to) == from_dom,
              'Reply-To matches From',
              "Replies would go to #{domain_of(reply_to)}, not #{from_dom}. Attackers do this so your answer reaches them.")
score += flag(return_path.nil? || domain_of(return_path)&.end_with?(from_dom.to_s),
              'Return-Path (bounce address) matches From',
              "The envelope sender is #{domain_of(return_path)} - the mail was really sent by someone else.")
%w[spf dkim dmarc].each do |mech|
  result = auth[/#{mech}=(\w+)/i, 1]
  score += flag(result.nil? || result.casecmp('pass').zero?,
                "#{mech.upcase} result: #{result || 'not present'}",
                "#{mech.upcase}=#{result}: the receiving server could not confirm this mail came from #{from_dom}.")
end

body.scan(%r{<a\s[^>]*href="([^"]+)"[^>]*>(.*?)</a>}im).each do |href, text|
  shown = text.gsub(/<[^>]+>/, '').strip
  real = href[%r{https?://([^/:]+)}i, 1]&.downcase
  claimed = shown[%r{(?:https?://)?([a-z0-9.-]+\.[a-z]{2,})}i, 1]&.downcase
  next unless claimed && real
  score += flag(real == claimed || real.end_with?(".#{claimed}"),
                "Link text '#{shown}' goes where it says",
                "The link shows #{claimed} but actually opens #{real}. Hover before you click!")
end

words = body.scan(URGENCY).flatten.map(&:downcase).uniq
score += flag(words.empty?, 'No pressure language',
              "Urgency words found: #{words.join(', ')}. Scammers rush you so you don't stop to think.")

puts "\n#{score.zero? ? 'No red flags found - still report it if something feels off.' : "#{score} red flag(s). Report it; don't reply or click."}"
