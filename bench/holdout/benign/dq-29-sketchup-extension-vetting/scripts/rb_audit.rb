#!/usr/bin/env ruby
# frozen_string_literal: true
# Lists risky Ruby calls in an unpacked SketchUp extension. Does not load the code.

CHECKS = {
  'network'  => /Net::HTTP|open-uri|URI\.open|Sketchup::Http::Request|TCPSocket/,
  'shell'    => /`[^`]+`|%x\{|\bsystem\s*\(|IO\.popen|Open3|\bspawn\s*\(|UI\.openURL\(['"]file:/,
  'native'   => /Win32API|Fiddle|WIN32OLE/,
  'dyn_eval' => /\beval\s*\(|instance_eval|Base64\.decode64|Marshal\.load/,
  'fs_write' => /File\.(write|open\([^)]*['"]w)|FileUtils\.(cp|mv|rm_rf)/,
  'policy'   => /write_default|ExtensionsPolicy|LoadingPolicy/i
}.freeze

root = ARGV.fetch(0) { abort 'usage: rb_audit.rb DIR' }
encrypted = Dir.glob(File.join(root, '**', '*.{rbe,rbs}'))
puts "encrypted files: #{encrypted.size}" unless encrypted.empty?
encrypted.each { |f| puts "  #{f}" }

count = 0
Dir.glob(File.join(root, '**', '*.rb')).sort.each do |file|
  File.foreach(file).with_index(1) do |line, no|
    CHECKS.each do |tag, rx|
      next unless line =~ rx
      count += 1
      puts format('%-9s %s:%d  %s', tag, file, no, line.strip[0, 110])
    end
  end
end
puts "#{count} findings"
hash_files = Dir.glob(File.join(root, '**', '*.hash'))
puts(hash_files.empty? ? 'no Extension Warehouse .hash signature found' : "signature files: #{hash_files.join(', ')}")
