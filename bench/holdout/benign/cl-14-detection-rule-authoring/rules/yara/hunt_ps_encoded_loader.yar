rule HUNT_PowerShell_Base64_Loader
{
    meta:
        description = "PowerShell script that decodes base64 and invokes it (common loader shape)"
        author = "detection-engineering"
        mitre = "T1027, T1059.001"
    strings:
        $dec1 = "FromBase64String" ascii nocase
        $dec2 = "[System.Convert]::FromBase64String" ascii nocase
        $iex1 = "Invoke-Expression" ascii nocase
        $iex2 = /\|\s*iex\b/ nocase
        $iex3 = "IEX(" ascii nocase
        $gz   = "GzipStream" ascii nocase
        $b64  = /[A-Za-z0-9+\/]{400,}={0,2}/
    condition:
        filesize < 2MB and 1 of ($dec*) and 1 of ($iex*) and ($b64 or $gz)
}
