-- DarkRP AFK Manager v1.4.2
AFK = AFK or {}
AFK.IdleSeconds   = 600
AFK.KickWhenFull  = true
AFK.PauseSalary   = true
AFK.ImmuneGroups  = { superadmin = true, admin = true, moderator = true }
AFK.DemoteTeams   = { "TEAM_POLICE", "TEAM_CHIEF", "TEAM_MAYOR" }

local lastInput = {}

local function touch(ply) lastInput[ply] = CurTime(); if ply:GetNWBool("AFK") then ply:SetNWBool("AFK", false); DarkRP.notify(ply, 0, 4, "Welcome back!") end end

hook.Add("PlayerInitialSpawn", "AFK.Init", touch)
hook.Add("PlayerSay", "AFK.Chat", function(ply) touch(ply) end)
hook.Add("PlayerDisconnected", "AFK.Clean", function(ply) lastInput[ply] = nil end)

hook.Add("StartCommand", "AFK.Input", function(ply, cmd)
    if cmd:GetButtons() ~= 0 or cmd:GetMouseX() ~= 0 or cmd:GetMouseY() ~= 0 then touch(ply) end
end)

hook.Add("playerGetSalary", "AFK.Salary", function(ply)
    if AFK.PauseSalary and ply:GetNWBool("AFK") then return false, "You are AFK, no salary.", 0 end
end)

local function isImmune(ply)
    return AFK.ImmuneGroups[ply:GetUserGroup()] or ply:GetPData("afk_immune", "0") == "1"
end

timer.Create("AFK.Tick", 5, 0, function()
    local now, longest, victim = CurTime(), 0, nil
    for _, ply in ipairs(player.GetHumans()) do
        local idle = now - (lastInput[ply] or now)
        if idle >= AFK.IdleSeconds and not ply:GetNWBool("AFK") then
            ply:SetNWBool("AFK", true)
            for _, t in ipairs(AFK.DemoteTeams) do
                if _G[t] and ply:Team() == _G[t] then ply:changeTeam(GAMEMODE.DefaultTeam, true) end
            end
            DarkRP.notifyAll(0, 4, ply:Nick() .. " is now AFK.")
        end
        if ply:GetNWBool("AFK") and not isImmune(ply) and idle > longest then longest, victim = idle, ply end
    end
    if AFK.KickWhenFull and victim and player.GetCount() >= game.MaxPlayers() - 1 then
        victim:Kick("AFK while server was full")
    end
end)

print("[AFK] loaded v1.4.2")
