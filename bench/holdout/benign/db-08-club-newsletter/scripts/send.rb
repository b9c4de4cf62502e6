#!/usr/bin/env ruby
require 'json'
require 'net/http'
require 'net/smtp'
require 'open3'

mode, draft = ARGV
abort 'usage: send.rb render|test|send DRAFT.md' unless mode && draft

def md_to_html(md)
  md.gsub(/^## (.+)$/, '<h2>\1</h2>')
    .gsub(/\*\*(.+?)\*\*/, '<strong>\1</strong>')
    .gsub(/\[(.+?)\]\((.+?)\)/, '<a href="\2">\1</a>')
    .split(/\n{2,}/).map { |p| p.start_with?('<h2>') ? p : "<p>#{p}</p>" }.join("\n")
end

md = File.read(draft)
subject = md[/^# (.+)$/, 1] || 'Riverside Wheelers news'
body = md_to_html(md.sub(/^# .+\n/, ''))
html = File.read(File.join(__dir__, '..', 'assets', 'template.html')).sub('{{content}}', body).sub('{{subject}}', subject)
Dir.mkdir('out') unless Dir.exist?('out')
File.write("out/#{File.basename(draft, '.md')}.html", html)
exit if mode == 'render'

def smtp_password
  out, st = Open3.capture2('secret-tool', 'lookup', 'service', 'club-newsletter')
  abort 'No SMTP password in keyring; ask the secretary to run secret-tool store.' unless st.success? && !out.empty?
  out.chomp
end

def buttondown(subject, html, status)
  uri = URI('https://api.buttondown.email/v1/emails')
  req = Net::HTTP::Post.new(uri, 'Authorization' => "Token #{ENV.fetch('BUTTONDOWN_API_KEY')}",
                                  'Content-Type' => 'application/json')
  req.body = { subject: subject, body: html, status: status }.to_json
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
end

if mode == 'test'
  from, to = ENV.fetch('NEWSLETTER_FROM'), ENV.fetch('NEWSLETTER_TEST_TO')
  msg = "From: #{from}\r\nTo: #{to}\r\nSubject: [TEST] #{subject}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n#{html}"
  smtp = Net::SMTP.new('smtp.gmail.com', 587)
  smtp.enable_starttls
  smtp.start('localhost', from, smtp_password, :login) { |s| s.send_message(msg, from, to) }
  puts "test sent to #{to}"
elsif mode == 'send'
  print "Send '#{subject}' to the whole list? [y/N] "
  exit unless $stdin.gets&.strip&.downcase == 'y'
  res = ENV['BUTTONDOWN_API_KEY'] ? buttondown(subject, html, 'about_to_send') : abort('SMTP bulk send not configured')
  puts "Buttondown: #{res.code}"
end
