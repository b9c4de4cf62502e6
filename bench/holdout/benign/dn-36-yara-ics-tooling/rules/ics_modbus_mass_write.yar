rule ICS_Modbus_Config_Driven_Writer
{
    meta:
        author = "ot-dfir@plantops.example"
        date = "2025-02-11"
        description = "Tool that reads a JSON target list and issues Modbus register writes (FrostyGoop-like shape)"
        reference = "public vendor reporting on FrostyGoop, 2024"
        tlp = "CLEAR"
        fp_note = "may hit internal commissioning utilities written in Go"
    strings:
        $k1 = "\"Iplist\"" ascii
        $k2 = "\"Tasks\"" ascii
        $k3 = "\"Code\"" ascii
        $lib = "github.com/rolfl/modbus" ascii
        $fn1 = "WriteSingleRegister" ascii
        $fn2 = "WriteMultipleRegisters" ascii
        $log = "task" ascii nocase
    condition:
        uint16(0) == 0x5A4D and 2 of ($k*) and $lib and 1 of ($fn*) and $log
}

rule ICS_IEC104_Hardcoded_Command_Tool
{
    meta:
        author = "ot-dfir@plantops.example"
        description = "Binary carrying IEC-104 STARTDT act frame plus config strings for station/IOA loops (Industroyer2-like)"
        tlp = "CLEAR"
    strings:
        $startdt = { 68 04 07 00 00 00 }
        $s1 = "ioa" ascii nocase
        $s2 = "asdu" ascii nocase
        $s3 = "range" ascii nocase
    condition:
        uint16(0) == 0x5A4D and $startdt and all of ($s*) and filesize < 2MB
}
