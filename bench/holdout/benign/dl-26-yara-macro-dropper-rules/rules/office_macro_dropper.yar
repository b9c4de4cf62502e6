/*
   Office macro droppers seen in freight-document lures.
   Author: SecOps Logistics    Version: 0.6
*/

rule OFFICE_Macro_AutoExec_Shell_Download
{
    meta:
        description = "Auto-executing VBA that builds a shell command with a download"
        severity = "high"
        reference = "IR-2024-0203 Commercial_Invoice lure"
    strings:
        $auto1 = "Workbook_Open" ascii nocase
        $auto2 = "AutoOpen" ascii nocase
        $auto3 = "Document_Open" ascii nocase
        $exec1 = "WScript.Shell" ascii nocase
        $exec2 = "Shell(" ascii nocase
        $exec3 = "ShellExecute" ascii nocase
        $exec4 = "Win32_Process" ascii nocase
        $dl1 = "URLDownloadToFile" ascii nocase
        $dl2 = "MSXML2.XMLHTTP" ascii nocase
        $dl3 = "WinHttp.WinHttpRequest" ascii nocase
        $dl4 = "iwr " ascii nocase
        $dl5 = "DownloadString" ascii nocase
        $ps1 = "pow\" & \"ershell" ascii nocase
        $ps2 = "powershell" ascii nocase
        $hidden = /\.Run\s+\w+\s*,\s*0/ ascii nocase
    condition:
        1 of ($auto*) and 1 of ($exec*) and (1 of ($dl*) or 1 of ($ps*) or $hidden)
}

rule OFFICE_Macro_Chr_Obfuscation
{
    meta:
        description = "Heavy Chr() concatenation typical of obfuscated droppers"
        severity = "medium"
    strings:
        $chr = /Chr\(\d{2,3}\)\s*&\s*Chr\(\d{2,3}\)\s*&\s*Chr\(\d{2,3}\)/ ascii nocase
        $auto = /(Auto_?Open|Workbook_Open|Document_Open)/ ascii nocase
    condition:
        $auto and #chr > 5
}

rule OFFICE_Macro_Lolbin_Chain
{
    meta:
        description = "VBA invoking LOLBins to fetch or run a payload"
        severity = "high"
    strings:
        $a = "certutil -urlcache" ascii nocase
        $b = "mshta http" ascii nocase
        $c = "regsvr32 /s /n /u /i:" ascii nocase
        $d = "rundll32" ascii nocase
        $e = "bitsadmin /transfer" ascii nocase
        $vba = "Attribute VB_Name" ascii
    condition:
        $vba and 1 of ($a, $b, $c, $d, $e)
}
