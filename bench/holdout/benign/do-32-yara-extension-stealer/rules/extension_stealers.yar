rule ExtStealer_CookieHarvest
{
    meta:
        author = "secops-detections"
        tier = 1
        description = "Service worker harvests cookies for CRM/mail domains and sends them out"
    strings:
        $c1 = "chrome.cookies.getAll" ascii
        $c2 = "cookies.getAll" ascii
        $n1 = "fetch(" ascii
        $n2 = "XMLHttpRequest" ascii
        $n3 = "sendBeacon" ascii
        $d1 = "salesforce.com" ascii nocase
        $d2 = "force.com" ascii nocase
        $d3 = "hubspot.com" ascii nocase
        $d4 = "zendesk.com" ascii nocase
        $d5 = "mail.google.com" ascii nocase
        $d6 = "linkedin.com" ascii nocase
        $j = "JSON.stringify" ascii
    condition:
        filesize < 2MB and 1 of ($c*) and 1 of ($n*) and 1 of ($d*) and $j
}

rule ExtStealer_FormGrab
{
    meta:
        author = "secops-detections"
        tier = 2
    strings:
        $sel1 = "input[type=password]" ascii nocase
        $sel2 = "input[type=\"password\"]" ascii nocase
        $sel3 = "cc-number" ascii nocase
        $ev1 = "addEventListener(\"input\"" ascii
        $ev2 = "addEventListener('keydown'" ascii
        $ev3 = "addEventListener(\"change\"" ascii
        $out1 = "navigator.sendBeacon" ascii
        $out2 = "runtime.sendMessage" ascii
    condition:
        filesize < 2MB and 1 of ($sel*) and 1 of ($ev*) and 1 of ($out*)
}

rule ExtLoader_Obfuscated
{
    meta:
        author = "secops-detections"
        tier = 2
    strings:
        $a = "atob(" ascii
        $f1 = "new Function(" ascii
        $f2 = "eval(" ascii
        $r1 = ".text()).then(" ascii
        $r2 = "executeScript" ascii
        $b64 = /[A-Za-z0-9+\/]{400,}={0,2}/
    condition:
        filesize < 2MB and $a and 1 of ($f*) and ($b64 or 1 of ($r*))
}
