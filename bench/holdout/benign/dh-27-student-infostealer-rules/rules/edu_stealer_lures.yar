/*
   Campus SOC – student-targeted stealer lures
   Strings come from samples collected 2024-2025. Hosts defanged/replaced.
*/

rule EDU_Stealer_FakeLockdownBrowser_Installer
{
    meta:
        author = "campus-soc"
        description = "Fake 'portable LockDown Browser' dropper delivering a stealer"
        date = "2025-02-11"
        reference = "INC-2025-007"
    strings:
        $lure1 = "LockDownBrowser_Portable_Setup" ascii wide
        $lure2 = "Respondus Exam Bypass" ascii wide nocase
        $ps    = "powershell -w hidden -ep bypass -e " ascii wide
        $dl    = "/gate/upload.php" ascii
        $b1    = "\\Google\\Chrome\\User Data\\Default\\Network\\Cookies" ascii wide
        $b2    = "\\Microsoft\\Edge\\User Data\\Local State" ascii wide
    condition:
        uint16(0) == 0x5A4D and filesize < 8MB and
        1 of ($lure*) and ($ps or $dl) and 1 of ($b*)
}

rule EDU_Stealer_Discord_Token_Grabber_Py
{
    meta:
        author = "campus-soc"
        description = "PyInstaller Discord/browser token grabber spread as Minecraft mod loaders"
    strings:
        $mei  = "_MEIPASS" ascii
        $re   = "[\\w-]{24}\\.[\\w-]{6}\\.[\\w-]{27}" ascii
        $ldb  = "Local Storage\\leveldb" ascii wide
        $hook = "discord.com/api/webhooks/" ascii
    condition:
        uint16(0) == 0x5A4D and $mei and $ldb and ($re or $hook)
}

rule EDU_Stealer_Cracked_Stats_Package
{
    meta:
        author = "campus-soc"
        description = "Cracked SPSS/MATLAB 'activator' with stealer config block"
    strings:
        $a = "SPSS_Activator" ascii wide nocase
        $b = "MATLAB_R20" ascii wide
        $cfg1 = "\"grabber\":{\"browsers\":true" ascii
        $cfg2 = "\"wallets\":true" ascii
        $c2 = "stats-keygen.example" ascii
    condition:
        ($a or $b) and (all of ($cfg*) or $c2)
}
