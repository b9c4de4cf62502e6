// Training IOCs. Domains/IPs are reserved documentation values, not real infrastructure.
rule campaign_2026_02_network_iocs
{
    meta:
        author = "threat-intel"
        date = "2026-02-21"
        expires = "2026-08-21"
        reference = "TI-2026-0219 (internal)"
    strings:
        $d1 = "paste-drop.example" ascii nocase
        $d2 = "cdn-skillassets.example" ascii nocase
        $d3 = "hooks.collector-sync.example" ascii nocase
        $i1 = "203.0.113.77" ascii
        $i2 = "198.51.100.23" ascii
        $zip = "pass: skill2026" ascii nocase
    condition:
        any of them
}
