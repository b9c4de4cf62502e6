-- toolkit_gainstage: clip-gain selected items to a target RMS
local TARGET_DB = -18.0
local n = reaper.CountSelectedMediaItems(0)
if n == 0 then return end
reaper.Undo_BeginBlock()
for i = 0, n - 1 do
  local item = reaper.GetSelectedMediaItem(0, i)
  local take = reaper.GetActiveTake(item)
  if take and not reaper.TakeIsMIDI(take) then
    local ok, rms = pcall(reaper.NF_GetMediaItemAverageRMS, item)
    if ok and rms and rms > -150 then
      local delta = TARGET_DB - rms
      local vol = reaper.GetMediaItemTakeInfo_Value(take, "D_VOL")
      reaper.SetMediaItemTakeInfo_Value(take, "D_VOL", vol * 10 ^ (delta / 20))
    end
  end
end
reaper.UpdateArrange()
reaper.Undo_EndBlock("Gain-stage selected items to -18 dBFS RMS", -1)
