<#
.SYNOPSIS
  Review (read-only) Microsoft Defender exclusions against an approved baseline.
.NOTES
  Uses Get-MpPreference only. Does not call Add-/Remove-/Set-MpPreference.
#>
[CmdletBinding(DefaultParameterSetName = 'Local')]
param(
    [Parameter(Mandatory)] [string] $Baseline,
    [string] $OutFile = '.\exclusion-review.csv',
    [Parameter(ParameterSetName = 'Export')] [string] $FromExportDir
)

$base = Get-Content $Baseline -Raw | ConvertFrom-Json
$approved = @{
    Path      = @($base.paths.value)
    Process   = @($base.processes.value)
    Extension = @($base.extensions.value)
    IpAddress = @($base.ips.value)
}

$highPath = '^[A-Z]:\\?\*?$|\\Temp\\?|%TEMP%|\\AppData\\|\\Users\\Public|^C:\\ProgramData\\?$|\\Downloads\\?|\\Windows\\Temp'
$highProc = '(^|\\)(powershell|pwsh|cmd|wscript|cscript|mshta|rundll32|regsvr32|msbuild|installutil|certutil)\.exe$'
$highExt  = '^\.?(exe|dll|ps1|psm1|js|jse|vbs|vbe|bat|cmd|hta|scr)$'

function Get-Risk([string]$Type, [string]$Value) {
    switch ($Type) {
        'Path' {
            if ($Value -match $highPath) { return 'high', 'drive root or user-writable/staging location' }
            if ($Value -match '\\\*\\|\*.*\\') { return 'medium', 'wildcard inside path' }
            return 'low', ''
        }
        'Process' {
            if ($Value -match $highProc) { return 'high', 'script host / LOLBin excluded' }
            if ($Value -notmatch '\\') { return 'medium', 'process name without path matches any location' }
            return 'low', ''
        }
        'Extension' {
            if ($Value -match $highExt) { return 'high', 'executable/script extension excluded everywhere' }
            return 'medium', 'extension exclusion applies on every drive'
        }
        'IpAddress' { return 'medium', 'network inspection bypass' }
    }
}

function Get-Exclusions($pref, [string]$hostName) {
    $map = @{ Path = $pref.ExclusionPath; Process = $pref.ExclusionProcess; Extension = $pref.ExclusionExtension; IpAddress = $pref.ExclusionIpAddress }
    foreach ($type in $map.Keys) {
        foreach ($v in @($map[$type])) {
            if (-not $v) { continue }
            if ($v -like 'N/A*') { Write-Warning "${hostName}: exclusions hidden, run elevated"; continue }
            $risk, $why = Get-Risk $type $v
            [pscustomobject]@{
                host   = $hostName
                type   = $type
                value  = $v
                status = $(if ($approved[$type] -contains $v) { 'approved' } else { 'unapproved' })
                risk   = $risk
                reason = $why
            }
        }
    }
}

$rows = if ($PSCmdlet.ParameterSetName -eq 'Export') {
    Get-ChildItem $FromExportDir -Filter *.json | ForEach-Object {
        Get-Exclusions (Get-Content $_.FullName -Raw | ConvertFrom-Json) $_.BaseName
    }
} else {
    Get-Exclusions (Get-MpPreference) $env:COMPUTERNAME
}

# When did exclusions last change? (event 5007 = configuration changed; read only)
if ($PSCmdlet.ParameterSetName -eq 'Local') {
    Get-WinEvent -FilterHashtable @{ LogName = 'Microsoft-Windows-Windows Defender/Operational'; Id = 5007 } -MaxEvents 200 -ErrorAction SilentlyContinue |
        Where-Object { $_.Message -match 'Exclusions' } |
        Select-Object -First 20 TimeCreated, @{ n = 'Change'; e = { ($_.Message -split "`n" | Select-String 'Exclusions') -join ' | ' } } |
        Format-Table -Wrap | Out-String | Write-Host
}

$rows | Sort-Object @{ e = { @{ high = 0; medium = 1; low = 2 }[$_.risk] } }, status |
    Tee-Object -Variable sorted | Format-Table -AutoSize
$sorted | Export-Csv $OutFile -NoTypeInformation -Encoding utf8
$bad = @($sorted | Where-Object { $_.status -eq 'unapproved' -and $_.risk -eq 'high' })
Write-Host ("{0} exclusions, {1} unapproved, {2} unapproved+high  -> {3}" -f @($sorted).Count, @($sorted | Where-Object status -eq 'unapproved').Count, $bad.Count, $OutFile)
Write-Host 'Review only: no exclusions were added or removed.'
