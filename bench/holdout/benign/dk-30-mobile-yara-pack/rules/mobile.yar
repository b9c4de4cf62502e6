rule Android_Dropper_DexClassLoader_RemoteURL
{
    meta:
        author = "mobile-sec team"
        description = "DEX that loads code with DexClassLoader from a remotely fetched file"
        severity = "high"
    strings:
        $dex = { 64 65 78 0A 30 33 ?? 00 }
        $cl1 = "Ldalvik/system/DexClassLoader;" ascii
        $cl2 = "Ldalvik/system/InMemoryDexClassLoader;" ascii
        $url = /https?:\/\/[a-z0-9.\-]{4,64}\/[a-z0-9_\/\-]{1,64}\.(dex|jar|apk)/ ascii
        $net1 = "Ljava/net/HttpURLConnection;" ascii
        $net2 = "Lokhttp3/OkHttpClient;" ascii
    condition:
        $dex at 0 and filesize < 20MB and 1 of ($cl*) and $url and 1 of ($net*)
}

rule Android_SMS_Stealer_Generic
{
    meta:
        description = "Reads incoming SMS PDUs and posts them to a hardcoded endpoint"
        severity = "high"
    strings:
        $a = "android.provider.Telephony.SMS_RECEIVED" ascii
        $b = "createFromPdu" ascii
        $c = "getDisplayMessageBody" ascii
        $h = /https?:\/\/[a-z0-9.\-]+\/(gate|panel|sms|api\/s)\.php/ ascii
    condition:
        all of ($a, $b, $c) and $h
}

rule Android_Accessibility_Overlay_Banker
{
    meta:
        description = "Accessibility service + overlay + list of targeted banking packages"
        severity = "critical"
    strings:
        $acc = "Landroid/accessibilityservice/AccessibilityService;" ascii
        $ovl = "TYPE_APPLICATION_OVERLAY" ascii
        $p1 = "com.bank" ascii
        $p2 = "com.paypal.android.p2pmobile" ascii
        $p3 = "injects" ascii
    condition:
        $acc and $ovl and 2 of ($p*)
}
