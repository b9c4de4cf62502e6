-- Loudness: render all regions
-- Renders each project region to Deliverables/ with LUFS normalisation.

local PRESET = "podcast"
local TARGETS = {
  podcast   = { lufs = -16.0, tp = -1.0 },
  music     = { lufs = -14.0, tp = -1.0 },
  broadcast = { lufs = -23.0, tp = -1.0 },
}

local proj = 0
local t = TARGETS[PRESET]
if not t then
  reaper.ShowMessageBox("Unknown preset: " .. tostring(PRESET), "Loudness render", 0)
  return
end

local _, proj_path = reaper.EnumProjects(-1, "")
local proj_dir = proj_path:match("^(.*)[/\\]") or reaper.GetProjectPath("")
local out_dir = proj_dir .. "/Deliverables"
reaper.RecursiveCreateDirectory(out_dir, 0)

local function collect_regions()
  local regions = {}
  local _, num_markers, num_regions = reaper.CountProjectMarkers(proj)
  for i = 0, num_markers + num_regions - 1 do
    local _, isrgn, pos, rgnend, name, idx = reaper.EnumProjectMarkers(i)
    if isrgn then
      regions[#regions + 1] = { pos = pos, stop = rgnend, name = name ~= "" and name or ("Region " .. idx) }
    end
  end
  return regions
end

local function safe(name)
  return (name:gsub("[^%w%-_ ]", "_"))
end

local regions = collect_regions()
if #regions == 0 then
  reaper.ShowMessageBox("No regions in project.", "Loudness render", 0)
  return
end

reaper.Undo_BeginBlock()
-- Normalize: enable, LUFS-I, true-peak limit (RENDER_NORMALIZE bitfield)
reaper.GetSetProjectInfo(proj, "RENDER_NORMALIZE", 1 | 2 | 256, true)
reaper.GetSetProjectInfo(proj, "RENDER_NORMALIZE_TARGET", 10 ^ (t.lufs / 20), true)
reaper.GetSetProjectInfo(proj, "RENDER_BRICKWALL", 10 ^ (t.tp / 20), true)
reaper.GetSetProjectInfo(proj, "RENDER_BOUNDSFLAG", 0, true) -- custom time bounds
reaper.GetSetProjectInfo_String(proj, "RENDER_FILE", out_dir, true)

for _, r in ipairs(regions) do
  reaper.GetSetProjectInfo(proj, "RENDER_STARTPOS", r.pos, true)
  reaper.GetSetProjectInfo(proj, "RENDER_ENDPOS", r.stop, true)
  reaper.GetSetProjectInfo_String(proj, "RENDER_PATTERN", safe(r.name) .. "_" .. PRESET, true)
  reaper.Main_OnCommand(42230, 0)
end
reaper.Undo_EndBlock("Loudness render (" .. PRESET .. ")", -1)

reaper.ShowConsoleMsg(string.format("Rendered %d region(s) to %s at %.1f LUFS\n", #regions, out_dir, t.lufs))
