rule SamplePack_DoubleExtension_Filename_In_Zip
{
    meta:
        description = "ZIP central directory entry with audio extension followed by executable extension"
        author = "studio-secops"
        date = "2025-09-14"
    strings:
        $d1 = /\.(wav|aif|aiff|mp3|flac|nki|fxp)\.(exe|scr|lnk|js|vbs|hta|bat|cmd)/ nocase
    condition:
        uint32(0) == 0x04034b50 and $d1
}

rule WAV_Appended_PE
{
    meta:
        description = "RIFF/WAVE file containing an MZ/PE header after the data chunk"
    strings:
        $mz = { 4D 5A 90 00 03 00 00 00 }
        $pe = "This program cannot be run in DOS mode"
    condition:
        uint32(0) == 0x46464952 and uint32(8) == 0x45564157 and ($mz and $pe)
}

rule SamplePack_LNK_PowerShell
{
    meta:
        description = "Windows shortcut in a content pack that launches PowerShell or mshta"
    strings:
        $ps = "powershell" wide ascii nocase
        $mshta = "mshta" wide ascii nocase
        $iwr = "iwr " wide ascii nocase
        $iex = "iex" wide ascii nocase
    condition:
        uint32(0) == 0x0000004C and ($ps or $mshta) and ($iwr or $iex)
}

rule SamplePack_Embedded_MachO
{
    meta:
        description = "Mach-O magic inside audio/preset container"
    strings:
        $m64 = { CF FA ED FE }
        $fat = { CA FE BA BE }
    condition:
        (uint32(0) == 0x46464952 or uint32(0) == 0x4D524F46) and any of them
}

rule SamplePack_Command_Script
{
    meta:
        description = "macOS .command or shell script that fetches and runs remote content"
    strings:
        $sh = "#!/bin/"
        $c1 = /curl\s+-[a-zA-Z]*s[a-zA-Z]*\s+\S+\s*\|\s*(ba|z)?sh/
        $c2 = "base64 -d" ascii
        $c3 = "xattr -c" ascii
    condition:
        $sh at 0 and any of ($c*)
}
