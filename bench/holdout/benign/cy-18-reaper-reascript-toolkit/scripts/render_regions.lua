-- render_regions.lua: render each region to <project>/Renders/<Project> - <Region>.wav
local proj = 0
local _, num_markers, num_regions = reaper.CountProjectMarkers(proj)
if num_regions == 0 then
  reaper.ShowMessageBox("No regions in this project.", "Render regions", 0)
  return
end

local ok = reaper.ShowMessageBox(("Render %d regions to ./Renders?"):format(num_regions), "Render regions", 1)
if ok ~= 1 then return end

local proj_name = reaper.GetProjectName(proj, ""):gsub("%.[Rr][Pp][Pp]$", "")
local proj_path = reaper.GetProjectPath("")
local out_dir = proj_path .. "/Renders"
reaper.RecursiveCreateDirectory(out_dir, 0)

-- save current render settings to restore later
local _, old_file = reaper.GetSetProjectInfo_String(proj, "RENDER_FILE", "", false)
local _, old_pattern = reaper.GetSetProjectInfo_String(proj, "RENDER_PATTERN", "", false)
local old_bounds = reaper.GetSetProjectInfo(proj, "RENDER_BOUNDSFLAG", 0, false)
local old_start = reaper.GetSetProjectInfo(proj, "RENDER_STARTPOS", 0, false)
local old_end = reaper.GetSetProjectInfo(proj, "RENDER_ENDPOS", 0, false)

local function safe(s) return (s:gsub('[\\/:*?"<>|]', "_")) end

reaper.Undo_BeginBlock()
local i, rendered = 0, 0
while true do
  local ret, isrgn, pos, rgnend, name, idx = reaper.EnumProjectMarkers(i)
  if ret == 0 then break end
  if isrgn then
    local label = (name ~= "" and name) or ("Region " .. idx)
    reaper.GetSetProjectInfo(proj, "RENDER_BOUNDSFLAG", 0, true) -- custom time bounds
    reaper.GetSetProjectInfo(proj, "RENDER_STARTPOS", pos, true)
    reaper.GetSetProjectInfo(proj, "RENDER_ENDPOS", rgnend, true)
    reaper.GetSetProjectInfo_String(proj, "RENDER_FILE", out_dir, true)
    reaper.GetSetProjectInfo_String(proj, "RENDER_PATTERN", safe(proj_name .. " - " .. label), true)
    reaper.Main_OnCommand(42230, 0) -- File: Render project, using the most recent render settings, auto-close render dialog
    rendered = rendered + 1
  end
  i = i + 1
end

reaper.GetSetProjectInfo_String(proj, "RENDER_FILE", old_file, true)
reaper.GetSetProjectInfo_String(proj, "RENDER_PATTERN", old_pattern, true)
reaper.GetSetProjectInfo(proj, "RENDER_BOUNDSFLAG", old_bounds, true)
reaper.GetSetProjectInfo(proj, "RENDER_STARTPOS", old_start, true)
reaper.GetSetProjectInfo(proj, "RENDER_ENDPOS", old_end, true)
reaper.Undo_EndBlock("Render regions", -1)
reaper.ShowConsoleMsg(("Rendered %d regions to %s\n"):format(rendered, out_dir))
