require 'sketchup.rb'
require 'extensions.rb'

module StudioSuite
  module RoomSchedule
    PLUGIN_ID = 'ss_room_schedule'.freeze
    ext = SketchupExtension.new('Room Schedule', File.join(PLUGIN_ID, 'main'))
    ext.description = 'Area schedule from room groups, CSV export.'
    ext.version     = '1.0.3'
    ext.creator     = 'Studio Suite'
    Sketchup.register_extension(ext, true)
  end
end
