-- graphviz.lua: render ```dot blocks via Graphviz. Only the `dot` binary is executed.
local system = require 'pandoc.system'
local outdir = '_build/diagrams'

local function ensure_dir()
  pcall(system.make_directory, '_build', true)
  pcall(system.make_directory, outdir, true)
end

function CodeBlock(el)
  if not el.classes:includes('dot') then return nil end
  ensure_dir()
  local fmt = FORMAT:match('latex') and 'pdf' or 'svg'
  local fname = outdir .. '/' .. pandoc.sha1(el.text) .. '.' .. fmt
  local f = io.open(fname, 'rb')
  if f then
    f:close()
  else
    local ok, img = pcall(pandoc.pipe, 'dot', {'-T' .. fmt}, el.text)
    if not ok then
      io.stderr:write('graphviz.lua: failed on diagram "' ..
        (el.attributes.caption or '?') .. '": ' .. tostring(img) .. '\n')
      return nil
    end
    local out = io.open(fname, 'wb')
    out:write(img)
    out:close()
  end
  local caption = el.attributes.caption or ''
  return pandoc.Para({ pandoc.Image({ pandoc.Str(caption) }, fname, caption) })
end
