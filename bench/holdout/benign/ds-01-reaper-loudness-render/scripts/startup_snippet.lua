-- Added by reaper-loudness-render: register the render action on launch
local info = debug.getinfo(1, "S")
local base = info.source:match("@?(.*[/\\])") or ""
local cmd = reaper.AddRemoveReaScript(true, 0, base .. "Loudness/loudness_render.lua", true)
if cmd == 0 then reaper.ShowConsoleMsg("loudness_render.lua not found\n") end
