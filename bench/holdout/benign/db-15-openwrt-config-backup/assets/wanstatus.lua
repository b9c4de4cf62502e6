#!/usr/bin/lua
-- Print WAN address, uptime and associated Wi-Fi clients on OpenWrt.
local ubus = require "ubus"
local conn = ubus.connect()
if not conn then error("cannot connect to ubus") end

local wan = conn:call("network.interface.wan", "status", {}) or {}
local ip = (wan["ipv4-address"] and wan["ipv4-address"][1]) and wan["ipv4-address"][1].address or "down"
print(string.format("WAN: %s  up %d min", ip, math.floor((wan.uptime or 0) / 60)))

local sys = conn:call("system", "info", {})
print(string.format("Router uptime: %.1f h, load %.2f", sys.uptime / 3600, sys.load[1] / 65536))

local objs = conn:objects()
for _, name in ipairs(objs) do
  if name:match("^hostapd%.") then
    local res = conn:call(name, "get_clients", {}) or {}
    local n = 0
    for mac, _ in pairs(res.clients or {}) do n = n + 1 end
    print(string.format("%s: %d clients", name:gsub("hostapd%.", ""), n))
  end
end
conn:close()
