rule POS_Scraper_Generic_Traits
{
    meta:
        description = "Generic POS RAM-scraper traits: track-data pattern + process memory walk + network"
        author = "venue-dfir"
        date = "2024-03-02"
        confidence = "medium"

    strings:
        $t2_re1 = /\[3-9\]\{1\}\[0-9\]\{1[2-5],1[69]\}/ ascii
        $t2_sep = "=[0-9]{" ascii
        $t1_sep = "^[A-Z" ascii
        $api1 = "ReadProcessMemory" ascii
        $api2 = "CreateToolhelp32Snapshot" ascii
        $api3 = "Process32Next" ascii
        $net1 = "InternetOpenUrlA" ascii
        $net2 = "HttpSendRequestA" ascii
        $skip1 = "csrss.exe" ascii nocase
        $skip2 = "winlogon.exe" ascii nocase
        $skip3 = "svchost.exe" ascii nocase

    condition:
        uint16(0) == 0x5A4D and filesize < 2MB and
        ($t2_re1 or $t2_sep or $t1_sep) and
        2 of ($api*) and 1 of ($net*) and 2 of ($skip*)
}

rule POS_Scraper_Staging_File
{
    meta:
        description = "Text file containing many Track 2 equivalent lines (synthetic test PANs used in tuning)"
    strings:
        $line = /[3-6][0-9]{14,15}=[0-9]{4}[0-9]{3}/
    condition:
        filesize < 50MB and #line > 20
}
