-- save_reminder.lua: gentle reminder when the project has unsaved changes for too long.
-- Never saves automatically. Change MINUTES via the ExtState "Toolkit"/"reminder_minutes".
local MINUTES = tonumber(reaper.GetExtState("Toolkit", "reminder_minutes")) or 10
local dirty_since = nil
local last_check = 0

local function loop()
  local now = reaper.time_precise()
  if now - last_check >= 5 then
    last_check = now
    if reaper.IsProjectDirty(0) == 1 then
      dirty_since = dirty_since or now
      if now - dirty_since >= MINUTES * 60 then
        reaper.ShowConsoleMsg(os.date("%H:%M") .. "  Reminder: project has unsaved changes (Ctrl/Cmd+S)\n")
        dirty_since = now
      end
    else
      dirty_since = nil
    end
  end
  reaper.defer(loop)
end

loop()
