<#
  Detection script: exit 1 if the lab PC needs cleaning, 0 otherwise.
  Runs as SYSTEM via Intune Remediations. Read-only.
#>
$MaxProfileAgeDays = 7
$KeepAccounts = @('labadmin', 'defaultuser0', 'itsupport')
$issues = @()

$cutoff = (Get-Date).AddDays(-$MaxProfileAgeDays)
$stale = Get-CimInstance -ClassName Win32_UserProfile | Where-Object {
    -not $_.Special -and -not $_.Loaded -and
    $_.LocalPath -like 'C:\Users\*' -and
    ($KeepAccounts -notcontains (Split-Path $_.LocalPath -Leaf)) -and
    $_.LastUseTime -and $_.LastUseTime -lt $cutoff
}
if ($stale) { $issues += "stale profiles: $(@($stale).Count)" }

$downloadDirs = @('C:\Users\Public\Downloads', 'C:\Users\LabStudent\Downloads')
foreach ($d in $downloadDirs) {
    if ((Test-Path $d) -and (Get-ChildItem -Path $d -Force -ErrorAction SilentlyContinue | Select-Object -First 1)) {
        $issues += "non-empty: $d"
    }
}

$policyKey = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System'
$lock = (Get-ItemProperty -Path $policyKey -Name InactivityTimeoutSecs -ErrorAction SilentlyContinue).InactivityTimeoutSecs
if ($lock -ne 900) { $issues += "InactivityTimeoutSecs=$lock" }

if ($issues.Count -gt 0) {
    Write-Output ("Needs remediation: " + ($issues -join '; '))
    exit 1
}
Write-Output 'Lab PC clean'
exit 0
