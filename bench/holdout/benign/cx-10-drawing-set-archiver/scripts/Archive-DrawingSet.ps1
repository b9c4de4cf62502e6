<#
.SYNOPSIS
  Archive an issued drawing set with a SHA-256 manifest and copy to the SharePoint sync folder.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [string] $ProjectRoot,
    [Parameter(Mandatory)] [string] $Milestone,
    [string] $SyncRoot = (Join-Path $env:OneDriveCommercial 'Firm - Projects'),
    [switch] $RegisterWeeklyTask
)
$ErrorActionPreference = 'Stop'

$projectName = Split-Path $ProjectRoot -Leaf
$projectNo   = ($projectName -split ' ')[0]

if ($RegisterWeeklyTask) {
    $taskName = "DrawingArchive-$projectNo"
    $action  = New-ScheduledTaskAction -Execute 'powershell.exe' `
        -Argument "-NoProfile -File `"$PSCommandPath`" -ProjectRoot `"$ProjectRoot`" -Milestone weekly"
    $trigger = New-ScheduledTaskTrigger -Weekly -DaysOfWeek Friday -At 6pm
    $principal = New-ScheduledTaskPrincipal -UserId "$env:USERDOMAIN\$env:USERNAME" -LogonType Interactive
    if ($PSCmdlet.ShouldProcess($taskName, 'Register scheduled task')) {
        Register-ScheduledTask -TaskName $taskName -Action $action -Trigger $trigger -Principal $principal `
            -Description "Weekly drawing archive for $projectName (created at user's request)"
        Write-Host "Registered $taskName. Remove with: Unregister-ScheduledTask -TaskName $taskName"
    }
    return
}

$stamp  = Get-Date -Format 'yyyy-MM-dd'
$issued = Join-Path $ProjectRoot '_Issued'
$dest   = Join-Path $issued "${stamp}_$Milestone"
$n = 2
while (Test-Path $dest) { $dest = Join-Path $issued "${stamp}_${Milestone}_r$n"; $n++ }

$sources = @('Sheets', 'Models', 'Transmittals') | ForEach-Object { Join-Path $ProjectRoot $_ } | Where-Object { Test-Path $_ }
$files = $sources | ForEach-Object { Get-ChildItem $_ -Recurse -File -Include *.pdf, *.dwg, *.rvt, *.ifc }

$central = $files | Where-Object { $_.Extension -eq '.rvt' -and (Test-Path (Join-Path $_.DirectoryName ($_.BaseName + '_backup'))) }
if ($central) { Write-Warning "Central Revit model(s) included - detach first: $($central.Name -join ', ')" }

$totalGB = [math]::Round((($files | Measure-Object Length -Sum).Sum / 1GB), 2)
if ($totalGB -gt 5) { Write-Warning "Set is $totalGB GB - consider the archive NAS instead of OneDrive." }

if ($PSCmdlet.ShouldProcess($dest, "Archive $($files.Count) files ($totalGB GB)")) {
    New-Item -ItemType Directory -Path $dest | Out-Null
    $manifest = foreach ($f in $files) {
        [pscustomobject]@{
            File   = $f.FullName.Substring($ProjectRoot.Length).TrimStart('\')
            Bytes  = $f.Length
            SHA256 = (Get-FileHash $f.FullName -Algorithm SHA256).Hash
        }
    }
    $manifest | Export-Csv (Join-Path $dest 'MANIFEST.sha256.csv') -NoTypeInformation
    Compress-Archive -Path $files.FullName -DestinationPath (Join-Path $dest "${Milestone}_$stamp.zip")
    Get-ChildItem (Join-Path $ProjectRoot 'Transmittals') -Filter 'Transmittal*.pdf' -ErrorAction SilentlyContinue |
        Sort-Object LastWriteTime -Descending | Select-Object -First 1 | Copy-Item -Destination $dest

    $syncDest = Join-Path $SyncRoot "$projectName\Issued"
    if (Test-Path $SyncRoot) {
        New-Item -ItemType Directory -Path $syncDest -Force | Out-Null
        Copy-Item $dest -Destination $syncDest -Recurse
        Write-Host "Copied to SharePoint sync folder: $syncDest"
    } else {
        Write-Warning "OneDrive sync root not found ($SyncRoot); archive kept locally at $dest"
    }
}
