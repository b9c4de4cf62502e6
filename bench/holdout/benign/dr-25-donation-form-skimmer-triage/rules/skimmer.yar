rule JS_Skimmer_CardField_Listener
{
    meta:
        description = "Card field harvesting plus outbound send"
    strings:
        $f1 = "cardnumber" nocase
        $f2 = "cc-number" nocase
        $f3 = "cvc" nocase
        $f4 = "exp" nocase
        $o1 = "sendBeacon"
        $o2 = "new Image"
        $o3 = "WebSocket("
        $o4 = "btoa(JSON.stringify"
    condition:
        2 of ($f*) and 1 of ($o*)
}

rule JS_Skimmer_Obfuscated_Loader
{
    strings:
        $a = "atob(" 
        $b = "document.createElement('script')"
        $c = /\\x[0-9a-f]{2}\\x[0-9a-f]{2}\\x[0-9a-f]{2}\\x[0-9a-f]{2}/
        $d = "String.fromCharCode" 
    condition:
        $b and 2 of ($a, $c, $d)
}
