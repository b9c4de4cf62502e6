-- redact.lua: Fluent Bit Lua filter that masks secrets and PII in log records.
-- Entry point: cb_redact(tag, timestamp, record)
-- Return codes: 0 = unchanged, 2 = record modified, keep original timestamp.

local TRUNCATE_IPV4 = false
local MASK = "[REDACTED]"

-- lower-case parameter / key names whose values are always masked
local SENSITIVE_KEYS = {
  "password", "passwd", "pwd", "secret", "token", "access_token", "refresh_token",
  "id_token", "api_key", "apikey", "x-api-key", "client_secret", "auth", "authorization",
  "private_key", "session_token", "sig", "signature",
}

local sensitive = {}
for _, k in ipairs(SENSITIVE_KEYS) do sensitive[k] = true end

-- Luhn check so we only mask digit runs that really look like card numbers
local function luhn_ok(digits)
  local sum, alt = 0, false
  for i = #digits, 1, -1 do
    local d = tonumber(digits:sub(i, i))
    if alt then
      d = d * 2
      if d > 9 then d = d - 9 end
    end
    sum = sum + d
    alt = not alt
  end
  return sum % 10 == 0
end

local function mask_pan(s)
  return (s:gsub("%d[%d %-]+%d", function(run)
    local digits = run:gsub("[ %-]", "")
    if #digits >= 13 and #digits <= 19 and luhn_ok(digits) then
      return "[PAN-REDACTED]"
    end
    return run
  end))
end

local function mask_email(s)
  return (s:gsub("([%w%.%_%%%+%-]+)@([%w%-]+%.[%w%.%-]+)", function(user, domain)
    return user:sub(1, 1) .. "***@" .. domain
  end))
end

local function mask_auth_headers(s)
  s = s:gsub("([Bb]earer%s+)[%w%-%._~%+/]+=*", "%1" .. MASK)
  s = s:gsub("([Bb]asic%s+)[%w%+/]+=*", "%1" .. MASK)
  return s
end

local function mask_url_userinfo(s)
  -- scheme://user:pass@host -> scheme://user:[REDACTED]@host
  return (s:gsub("(%a[%w%+%.%-]*://[^:/%s@]+:)[^@/%s]+@", "%1" .. MASK .. "@"))
end

local function mask_query_params(s)
  -- key=value inside query strings or form bodies
  return (s:gsub("([%?&;]?)([%w%-_%.]+)=([^&%s\"']*)", function(sep, key, val)
    if sensitive[key:lower()] and val ~= "" then
      return sep .. key .. "=" .. MASK
    end
    return nil -- keep original match
  end))
end

local function mask_kv_pairs(s)
  -- "key": "value"   and   key: value   (JSON-ish / logfmt-ish text inside messages)
  s = s:gsub('("([%w%-_]+)"%s*:%s*")([^"]*)(")', function(pre, key, val, post)
    if sensitive[key:lower()] then return pre .. MASK .. post end
    return nil
  end)
  s = s:gsub("(%f[%w]([%w%-_]+)%s*[:=]%s*)([^%s,;\"]+)", function(pre, key, val)
    if sensitive[key:lower()] and val ~= MASK then return pre .. MASK end
    return nil
  end)
  return s
end

local function truncate_ipv4(s)
  return (s:gsub("(%d+%.%d+%.%d+%.)(%d+)", function(prefix, last)
    return prefix .. "0"
  end))
end

local function scrub_string(s)
  local out = s
  out = mask_auth_headers(out)
  out = mask_url_userinfo(out)
  out = mask_query_params(out)
  out = mask_kv_pairs(out)
  out = mask_email(out)
  out = mask_pan(out)
  if TRUNCATE_IPV4 then out = truncate_ipv4(out) end
  return out
end

local function scrub(value, key, depth)
  if depth > 8 then return value, false end
  local t = type(value)
  if t == "string" then
    if key and sensitive[tostring(key):lower()] then
      return MASK, value ~= MASK
    end
    local new = scrub_string(value)
    return new, new ~= value
  elseif t == "table" then
    local changed = false
    for k, v in pairs(value) do
      local nv, c = scrub(v, k, depth + 1)
      if c then
        value[k] = nv
        changed = true
      end
    end
    return value, changed
  end
  return value, false
end

function cb_redact(tag, timestamp, record)
  local _, changed = scrub(record, nil, 0)
  if changed then
    return 2, timestamp, record
  end
  return 0, timestamp, record
end
