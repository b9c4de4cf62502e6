require 'sketchup.rb'
require 'extensions.rb'

module LRK
  module Schedule
    ext = SketchupExtension.new('LRK Door/Window Schedule', 'lrk_schedule/main')
    ext.creator = 'Larkfield Studio'
    ext.version = '1.0.0'
    Sketchup.register_extension(ext, true)
  end
end
