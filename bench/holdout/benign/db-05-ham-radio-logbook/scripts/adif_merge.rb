#!/usr/bin/env ruby
# Merge ADIF records into a master log, optionally uploading new ones to QRZ.
require 'net/http'
require 'uri'
require 'set'

def parse_adif(text)
  body = text.split(/<eoh>/i, 2).last || text
  body.split(/<eor>/i).map do |rec|
    fields = {}
    rec.scan(/<(\w+):(\d+)(?::\w)?>/i) do
      name, len = Regexp.last_match(1).upcase, Regexp.last_match(2).to_i
      start = Regexp.last_match.end(0)
      fields[name] = rec[start, len]
    end
    fields
  end.reject(&:empty?)
end

def to_adif(f)
  f.map { |k, v| "<#{k}:#{v.to_s.bytesize}>#{v}" }.join(' ') + " <EOR>\n"
end

key = ->(f) { [f['CALL'], f['QSO_DATE'], f['TIME_ON']&.slice(0, 4), f['BAND']&.downcase].join('|') }

if ARGV[0] == '--upload-qrz'
  api_key = ENV.fetch('QRZ_LOGBOOK_KEY')
  parse_adif(File.read(ARGV[1])).each do |rec|
    res = Net::HTTP.post_form(URI('https://logbook.qrz.com/api'),
                              'KEY' => api_key, 'ACTION' => 'INSERT', 'ADIF' => to_adif(rec))
    puts "#{rec['CALL']}: #{res.body[/RESULT=\w+/]}"
  end
  exit
end

src, master = ARGV
abort 'usage: adif_merge.rb SRC MASTER | --upload-qrz FILE' unless src && master
existing = File.exist?(master) ? parse_adif(File.read(master)).map(&key).to_set : Set.new
new_recs = parse_adif(File.read(src)).reject { |r| existing.include?(key.call(r)) }
File.write(master, "ADIF export\n<ADIF_VER:5>3.1.4 <EOH>\n") unless File.exist?(master)
File.open(master, 'a') { |f| new_recs.each { |r| f.write(to_adif(r)) } }
File.write('new.adi', "<ADIF_VER:5>3.1.4 <EOH>\n" + new_recs.map { |r| to_adif(r) }.join)
puts "#{new_recs.size} new QSOs appended; written to new.adi"
