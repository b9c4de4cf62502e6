param(
  [Parameter(Mandatory)][string]$Partner,
  [switch]$Send
)
$ErrorActionPreference = 'Stop'
Import-Module powershell-yaml
$cfg = (Get-Content "$PSScriptRoot\..\references\partners.yaml" -Raw | ConvertFrom-Yaml)[$Partner]
if (-not $cfg) { throw "Unknown partner $Partner" }

$outDir  = "D:\EDI\outbound\$Partner"
$archive = "D:\EDI\archive\$Partner\$(Get-Date -f yyyy-MM-dd)"
$log     = "D:\EDI\logs\$Partner-$(Get-Date -f yyyyMMdd).log"
$files   = Get-ChildItem $outDir -Filter *.x12

foreach ($f in $files) {
  $head = (Get-Content $f.FullName -TotalCount 1)
  $isa08 = ($head -split '\*')[8].Trim()
  if ($isa08 -ne $cfg.isa_id) { throw "$($f.Name): ISA08 '$isa08' is not $($cfg.isa_id). Not sending." }
}
Write-Host "$($files.Count) file(s) ready for $Partner -> $($cfg.host):$($cfg.remote_dir)"
if (-not $Send) { $files | Select-Object Name, Length; return }

$user = [Environment]::GetEnvironmentVariable($cfg.user_env)
$auth = if ($cfg.keyfile) { "-privatekey=`"$($cfg.keyfile)`"" } else {
  $c = Get-StoredCredential -Target $cfg.credential   # CredentialManager module
  "-rawsettings Password=`"$($c.GetNetworkCredential().Password)`""
}
$script = @"
option batch abort
option confirm off
open sftp://$user@$($cfg.host):$($cfg.port)/ -hostkey="$($cfg.hostkey)" $auth
cd $($cfg.remote_dir)
"@
foreach ($f in $files) {
  $script += "put `"$($f.FullName)`" `"$($f.BaseName).tmp`"`nmv `"$($f.BaseName).tmp`" `"$($f.Name)`"`n"
}
$script += "exit`n"
$tmp = New-TemporaryFile
Set-Content $tmp $script
try {
  & winscp.com /ini=nul /log="$log" /script="$tmp"
  if ($LASTEXITCODE -ne 0) { throw "WinSCP failed, see $log" }
} finally { Remove-Item $tmp -Force }
New-Item -ItemType Directory -Force $archive | Out-Null
$files | Move-Item -Destination $archive
Write-Host "Sent and archived $($files.Count) file(s). Expect 997 within $($cfg.ack_hours)h."
