param(
    [Parameter(Mandatory)][string]$Folder,
    [Parameter(Mandatory)][string]$Script,
    [string]$Acad = 'C:\Program Files\Autodesk\AutoCAD 2025\accoreconsole.exe'
)
$scr  = Join-Path $PSScriptRoot $Script
$work = Join-Path $Folder ("_batch_" + (Get-Date -Format yyyyMMdd_HHmm))
$log  = Join-Path $work 'batch.log'
New-Item -ItemType Directory -Path $work | Out-Null
Copy-Item (Join-Path $Folder '*.dwg') $work

Get-ChildItem $work -Filter *.dwg | ForEach-Object {
    "==== $($_.Name)" | Add-Content $log
    & $Acad /i $_.FullName /s $scr /l en-US 2>&1 | Out-String | Add-Content $log
}
Write-Host "Done. Results in $work - check $log"
