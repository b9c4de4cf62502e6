rule GameCheat_Stealer_DiscordToken_Exfil
{
    meta:
        author = "ac-research volunteers"
        description = "Discord token harvesting combined with webhook/telegram exfil, typical for fake cheats"
        date = "2024-11-02"
        family = "generic-grabber"
    strings:
        $p1 = "discord\\Local Storage\\leveldb" ascii wide nocase
        $p2 = "discordcanary\\Local Storage\\leveldb" ascii wide nocase
        $re1 = /[\w-]{24}\.[\w-]{6}\.[\w-]{27}/ ascii
        $x1 = "discord.com/api/webhooks/" ascii wide
        $x2 = "api.telegram.org/bot" ascii wide
    condition:
        (1 of ($p*)) and $re1 and (1 of ($x*))
}

rule GameCheat_Stealer_BrowserCreds
{
    meta:
        author = "ac-research volunteers"
        description = "Reads Chromium Login Data + Local State (DPAPI key) in a file that also mentions a game"
        date = "2024-11-02"
    strings:
        $b1 = "\\User Data\\Default\\Login Data" ascii wide nocase
        $b2 = "\\User Data\\Local State" ascii wide nocase
        $b3 = "encrypted_key" ascii wide
        $g1 = "aimbot" ascii wide nocase
        $g2 = "triggerbot" ascii wide nocase
        $g3 = "spoofer" ascii wide nocase
        $g4 = "esp_enable" ascii wide nocase
    condition:
        all of ($b*) and 1 of ($g*)
}

rule GameCheat_Loader_PyInstaller_Grabber
{
    meta:
        author = "ac-research volunteers"
        description = "PyInstaller bundle with grabber module names"
    strings:
        $pyi = "MEIPASS" ascii
        $m1 = "browser_cookie3" ascii
        $m2 = "Crypto.Cipher.AES" ascii
        $m3 = "win32crypt" ascii
    condition:
        $pyi and 2 of ($m*)
}
