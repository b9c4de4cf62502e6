-- snapshot_project.lua : rolling timestamped .rpp snapshots
INTERVAL_MIN = 10
KEEP = 30

local last = reaper.time_precise()

local function list_snapshots(dir)
  local files, i = {}, 0
  while true do
    local f = reaper.EnumerateFiles(dir, i)
    if not f then break end
    if f:match("%.rpp$") then files[#files + 1] = f end
    i = i + 1
  end
  table.sort(files)
  return files
end

local function snapshot()
  local proj, path = reaper.EnumProjects(-1, "")
  if path == "" then return end
  local dir, name = path:match("^(.*)[/\\](.-)%.rpp$")
  if not dir then return end
  local bdir = dir .. "/Backups"
  reaper.RecursiveCreateDirectory(bdir, 0)
  reaper.Main_SaveProject(proj, false)
  local src = io.open(path, "rb"); if not src then return end
  local data = src:read("*a"); src:close()
  local out = string.format("%s/%s_%s.rpp", bdir, name, os.date("%Y%m%d-%H%M"))
  local dst = io.open(out, "wb"); dst:write(data); dst:close()
  local snaps = list_snapshots(bdir)
  while #snaps > KEEP do
    os.remove(bdir .. "/" .. table.remove(snaps, 1))
  end
end

local function loop()
  if reaper.time_precise() - last >= INTERVAL_MIN * 60 then
    last = reaper.time_precise()
    if reaper.IsProjectDirty(0) == 1 then snapshot() end
  end
  reaper.defer(loop)
end

loop()
