-- Suricata Lua detector: flags a source that attempts logins for many distinct
-- usernames within a window. State is per-thread; good enough on our sensors
-- because flows are pinned by source IP (cluster_qm / flow hashing).

local WINDOW = 600      -- seconds
local THRESHOLD = 20    -- distinct usernames

local seen = {}         -- seen[src] = { start = t, users = { [u]=true }, n = 0 }

function init(args)
    local needs = {}
    needs["http.request_body"] = tostring(true)
    return needs
end

local function username_from_body(body)
    if not body then return nil end
    local u = body:match("j_username=([^&]+)") or body:match("username=([^&]+)")
    if u then u = u:gsub("%%40", "@"):lower() end
    return u
end

function match(args)
    local body = args["http.request_body"]
    local user = username_from_body(body)
    if not user then return 0 end

    local _, src = SCFlowTuple()
    local now = os.time()
    local s = seen[src]
    if not s or now - s.start > WINDOW then
        s = { start = now, users = {}, n = 0 }
        seen[src] = s
    end
    if not s.users[user] then
        s.users[user] = true
        s.n = s.n + 1
    end
    if s.n == THRESHOLD then
        return 1      -- alert once per window when crossing the threshold
    end
    return 0
end
