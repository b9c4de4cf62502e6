require 'csv'

module LRK
  module Schedule
    TAGS = %w[A-DOOR A-GLAZ].freeze

    def self.collect(entities, tr = IDENTITY, out = [])
      entities.each do |e|
        case e
        when Sketchup::ComponentInstance
          d = e.definition
          if TAGS.include?(e.layer.name) || d.name =~ /\A(DR|WN)-/
            w = e.get_attribute('dynamic_attributes', 'lenx') || e.bounds.width
            h = e.get_attribute('dynamic_attributes', 'lenz') || e.bounds.depth
            out << [d.name, e.layer.name, w.to_f.to_mm.round, h.to_f.to_mm.round]
          end
          collect(d.entities, tr * e.transformation, out)
        when Sketchup::Group
          collect(e.definition.entities, tr * e.transformation, out)
        end
      end
      out
    end

    def self.export
      model = Sketchup.active_model
      rows = collect(model.entities)
      if rows.empty?
        UI.messagebox('No doors or windows found.')
        return
      end
      counts = rows.group_by(&:itself).map { |k, v| k + [v.size] }.sort
      dir = model.path.empty? ? Dir.home : File.dirname(model.path)
      path = File.join(dir, "#{model.title}_door_window_schedule.csv")
      CSV.open(path, 'w') do |csv|
        csv << %w[Type Tag Width_mm Height_mm Count]
        counts.each { |r| csv << r }
      end
      UI.messagebox("Schedule written to:\n#{path}")
    end

    unless file_loaded?(__FILE__)
      UI.menu('Extensions').add_submenu('LRK').add_item('Export Door/Window Schedule') { export }
      file_loaded(__FILE__)
    end
  end
end
