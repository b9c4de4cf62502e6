#requires -Version 5.1
<#
  Read-only Microsoft Defender audit. Uses Get-MpComputerStatus / Get-MpPreference and reads
  Defender policy registry keys. Makes no changes.
#>
[CmdletBinding()]
param([string] $OutFile = ".\Defender-audit-$(Get-Date -Format yyyyMMdd).json")

$findings = [System.Collections.Generic.List[object]]::new()
function Add-Finding($Severity, $Area, $Item, $Why, $Suggestion) {
    $findings.Add([pscustomobject]@{ Severity = $Severity; Area = $Area; Item = $Item; Why = $Why; Suggestion = $Suggestion })
}

$isAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole(
    [Security.Principal.WindowsBuiltInRole]::Administrator)

try { $status = Get-MpComputerStatus -ErrorAction Stop }
catch {
    Write-Warning "Defender status unavailable ($($_.Exception.Message)). Another AV product may be active."
    $status = $null
}

if ($status) {
    if (-not $status.RealTimeProtectionEnabled) { Add-Finding HIGH Health 'Real-time protection' 'Disabled' 'Turn it back on in Windows Security > Virus & threat protection.' }
    if (-not $status.IsTamperProtected)         { Add-Finding MEDIUM Health 'Tamper protection' 'Off — settings can be changed by any admin process' 'Enable in Windows Security.' }
    if ($status.AntivirusSignatureAge -gt 3)    { Add-Finding MEDIUM Health 'Signatures' "$($status.AntivirusSignatureAge) days old" 'Run: Update-MpSignature' }
    if ($status.QuickScanAge -gt 14)            { Add-Finding INFO Health 'Quick scan' "$($status.QuickScanAge) days since last" 'Run: Start-MpScan -ScanType QuickScan' }
}

# Policy-managed settings (read-only)
$policyRoot = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender'
$policyExcl = @{}
foreach ($kind in 'Paths', 'Processes', 'Extensions') {
    $k = Join-Path $policyRoot "Exclusions\$kind"
    if (Test-Path $k) {
        $policyExcl[$kind] = (Get-Item $k).Property
    }
}

$riskyPaths = @(
    '^[A-Za-z]:\\?$',
    [regex]::Escape($env:TEMP),
    '\\AppData\\Local\\Temp\\?$',
    '\\Downloads\\?$',
    ('^' + [regex]::Escape($env:USERPROFILE) + '\\?$'),
    '^[A-Za-z]:\\Windows(\\|$)',
    '^\\\\'
)
$riskyProcs = 'powershell.exe','pwsh.exe','cmd.exe','wscript.exe','cscript.exe','mshta.exe','rundll32.exe','regsvr32.exe','node.exe','python.exe','java.exe'
$riskyExts  = 'exe','dll','ps1','psm1','js','vbs','bat','cmd','zip','msi','scr','hta'

$prefs = $null
if ($isAdmin) {
    try { $prefs = Get-MpPreference -ErrorAction Stop } catch { Write-Warning $_.Exception.Message }
} else {
    Add-Finding INFO Exclusions 'Exclusion lists' 'Requires an elevated prompt to read' 'Re-run as administrator to audit exclusions.'
}

if ($prefs) {
    foreach ($p in @($prefs.ExclusionPath) | Where-Object { $_ -and $_ -notmatch '^N/A' }) {
        $expanded = [Environment]::ExpandEnvironmentVariables($p)
        $source = if ($policyExcl.Paths -contains $p) { 'Policy' } else { 'Local' }
        if ($riskyPaths | Where-Object { $expanded -match $_ }) {
            Add-Finding HIGH 'Path exclusion' "$p ($source)" 'Broad location where downloaded/temporary files land' "Remove-MpPreference -ExclusionPath '$p'  (or ask IT if Source=Policy)"
        } else {
            Add-Finding INFO 'Path exclusion' "$p ($source)" 'Review that it is still needed' 'Consider a Dev Drive instead of exclusions for build folders.'
        }
    }
    foreach ($p in @($prefs.ExclusionProcess) | Where-Object { $_ -and $_ -notmatch '^N/A' }) {
        $leaf = Split-Path $p -Leaf
        if ($riskyProcs -contains $leaf.ToLower()) {
            Add-Finding HIGH 'Process exclusion' $p 'Everything this interpreter touches goes unscanned' "Remove-MpPreference -ExclusionProcess '$p'"
        } else {
            Add-Finding INFO 'Process exclusion' $p 'Review' ''
        }
    }
    foreach ($e in @($prefs.ExclusionExtension) | Where-Object { $_ -and $_ -notmatch '^N/A' }) {
        if ($riskyExts -contains $e.TrimStart('.').ToLower()) {
            Add-Finding HIGH 'Extension exclusion' $e 'Executable/script type excluded everywhere' "Remove-MpPreference -ExclusionExtension '$e'"
        }
    }
}

$order = @{ HIGH = 0; MEDIUM = 1; INFO = 2 }
$sorted = $findings | Sort-Object { $order[$_.Severity] }, Area

$report = [ordered]@{
    Computer  = $env:COMPUTERNAME
    Generated = (Get-Date).ToString('o')
    Elevated  = $isAdmin
    Status    = if ($status) { $status | Select-Object AMRunningMode, AMProductVersion, AntivirusSignatureVersion, AntivirusSignatureAge, RealTimeProtectionEnabled, IsTamperProtected, QuickScanAge } else { $null }
    PolicyManagedExclusions = $policyExcl
    Findings  = $sorted
}
$report | ConvertTo-Json -Depth 5 | Set-Content -Encoding UTF8 $OutFile

$sorted | Format-Table Severity, Area, Item, Why -AutoSize -Wrap
Write-Host "`nReport written to $OutFile (no settings were changed)."
