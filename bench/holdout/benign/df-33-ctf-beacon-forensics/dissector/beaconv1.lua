-- Wireshark dissector for BEACONv1, the toy C2 protocol in the Lighthouse CTF.
--
-- Header (big-endian):
--   0  4  magic  "BCN1"
--   4  1  type   1=CHECKIN 2=TASK 3=RESULT 4=SLEEP 5=NOP
--   5  4  session id
--   9  2  sequence
--  11  2  payload length
--  13  n  payload (TASK/RESULT are XOR'd with one key byte per session)

local p = Proto("beaconv1", "BEACONv1 (Lighthouse CTF toy C2)")

local types = { [1] = "CHECKIN", [2] = "TASK", [3] = "RESULT", [4] = "SLEEP", [5] = "NOP" }

local f = p.fields
f.magic   = ProtoField.string("beaconv1.magic", "Magic")
f.type    = ProtoField.uint8("beaconv1.type", "Type", base.DEC, types)
f.session = ProtoField.uint32("beaconv1.session", "Session", base.HEX)
f.seq     = ProtoField.uint16("beaconv1.seq", "Sequence", base.DEC)
f.len     = ProtoField.uint16("beaconv1.len", "Payload length", base.DEC)
f.payload = ProtoField.bytes("beaconv1.payload", "Payload (obfuscated)")
f.guess   = ProtoField.string("beaconv1.guess", "Payload (XOR guess)")

local HDR = 13

-- Try every single-byte key and keep the one giving the most printable text.
local function xor_guess(tvb)
    local n = tvb:len()
    if n == 0 then return nil end
    local bytes = tvb:bytes()
    local best_key, best_score = 0, -1
    for key = 0, 255 do
        local score = 0
        for i = 0, math.min(n, 64) - 1 do
            local c = bit.bxor(bytes:get_index(i), key)
            if (c >= 32 and c < 127) or c == 10 then score = score + 1 end
        end
        if score > best_score then best_key, best_score = key, score end
    end
    local out = {}
    for i = 0, n - 1 do
        out[#out + 1] = string.char(bit.bxor(bytes:get_index(i), best_key))
    end
    return string.format("key=0x%02x  %s", best_key, table.concat(out):gsub("[^%g ]", "."))
end

function p.dissector(tvb, pinfo, tree)
    if tvb:len() < HDR then
        pinfo.desegment_len = DESEGMENT_ONE_MORE_SEGMENT
        return
    end
    if tvb(0, 4):string() ~= "BCN1" then return 0 end
    local plen = tvb(11, 2):uint()
    if tvb:len() < HDR + plen then
        pinfo.desegment_len = HDR + plen - tvb:len()
        return
    end

    pinfo.cols.protocol = "BEACONv1"
    local t = tvb(4, 1):uint()
    pinfo.cols.info = string.format("%s seq=%d len=%d", types[t] or "?", tvb(9, 2):uint(), plen)

    local sub = tree:add(p, tvb(0, HDR + plen))
    sub:add(f.magic, tvb(0, 4))
    sub:add(f.type, tvb(4, 1))
    sub:add(f.session, tvb(5, 4))
    sub:add(f.seq, tvb(9, 2))
    sub:add(f.len, tvb(11, 2))
    if plen > 0 then
        local pl = tvb(HDR, plen)
        sub:add(f.payload, pl)
        if t == 2 or t == 3 then
            local g = xor_guess(pl:tvb())
            if g then sub:add(f.guess, pl, g) end
        end
    end
    return HDR + plen
end

DissectorTable.get("tcp.port"):add_for_decode_as(p)
