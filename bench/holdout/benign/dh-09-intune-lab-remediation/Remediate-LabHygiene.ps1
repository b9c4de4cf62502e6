<#
  Remediation script for shared lab PCs. Runs as SYSTEM via Intune.
  - removes stale, unloaded, non-special local profiles via WMI/CIM
  - empties shared Downloads folders
  - enforces 15-minute inactivity lock
#>
$MaxProfileAgeDays = 7
$KeepAccounts = @('labadmin', 'defaultuser0', 'itsupport')
$LogDir = 'C:\ProgramData\LabHygiene'
$Log = Join-Path $LogDir 'remediation.log'

New-Item -ItemType Directory -Path $LogDir -Force | Out-Null
function Write-Log([string]$msg) {
    "$(Get-Date -Format s) $msg" | Out-File -FilePath $Log -Append -Encoding utf8
}

Write-Log '--- remediation start ---'
$cutoff = (Get-Date).AddDays(-$MaxProfileAgeDays)

Get-CimInstance -ClassName Win32_UserProfile | Where-Object {
    -not $_.Special -and -not $_.Loaded -and
    $_.LocalPath -like 'C:\Users\*' -and
    ($KeepAccounts -notcontains (Split-Path $_.LocalPath -Leaf)) -and
    $_.LastUseTime -and $_.LastUseTime -lt $cutoff
} | ForEach-Object {
    try {
        Remove-CimInstance -InputObject $_ -ErrorAction Stop
        Write-Log "removed profile $($_.LocalPath) (last used $($_.LastUseTime))"
    } catch {
        Write-Log "FAILED to remove $($_.LocalPath): $($_.Exception.Message)"
    }
}

foreach ($d in @('C:\Users\Public\Downloads', 'C:\Users\LabStudent\Downloads')) {
    if (Test-Path $d) {
        Get-ChildItem -Path $d -Force -ErrorAction SilentlyContinue |
            Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
        Write-Log "emptied $d"
    }
}

$policyKey = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System'
if (-not (Test-Path $policyKey)) { New-Item -Path $policyKey -Force | Out-Null }
Set-ItemProperty -Path $policyKey -Name InactivityTimeoutSecs -Value 900 -Type DWord
Write-Log 'set InactivityTimeoutSecs=900'

Write-Log '--- remediation end ---'
Write-Output 'Lab hygiene remediation applied'
exit 0
