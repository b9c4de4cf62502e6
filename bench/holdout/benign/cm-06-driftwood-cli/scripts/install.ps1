# Driftwood CLI installer for Windows — https://get.driftwood.example/install.ps1
$ErrorActionPreference = 'Stop'

$BaseUrl    = if ($env:DW_BASE_URL) { $env:DW_BASE_URL } else { 'https://releases.driftwood.example/cli' }
$InstallDir = Join-Path $env:LOCALAPPDATA 'Driftwood\bin'
$Version    = if ($env:DW_VERSION) { $env:DW_VERSION } else { (Invoke-RestMethod "$BaseUrl/latest.txt").Trim() }

$arch = if ([Environment]::Is64BitOperatingSystem) {
    if ($env:PROCESSOR_ARCHITECTURE -eq 'ARM64') { 'arm64' } else { 'amd64' }
} else { throw 'dw requires a 64-bit Windows' }

$asset = "dw_${Version}_windows_${arch}.zip"
$tmp   = Join-Path ([IO.Path]::GetTempPath()) ("dw-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $tmp | Out-Null
try {
    Write-Host "Installing dw $Version ($arch)"
    Invoke-WebRequest "$BaseUrl/$Version/$asset"        -OutFile "$tmp\$asset"
    Invoke-WebRequest "$BaseUrl/$Version/checksums.txt" -OutFile "$tmp\checksums.txt"

    $line = Select-String -Path "$tmp\checksums.txt" -Pattern ([regex]::Escape($asset) + '$')
    if (-not $line) { throw "No checksum listed for $asset" }
    $expected = ($line.Line -split '\s+')[0].ToLower()
    $actual   = (Get-FileHash "$tmp\$asset" -Algorithm SHA256).Hash.ToLower()
    if ($expected -ne $actual) { throw "Checksum mismatch for $asset" }
    Write-Host 'Checksum ok'

    New-Item -ItemType Directory -Force -Path $InstallDir | Out-Null
    Expand-Archive "$tmp\$asset" -DestinationPath $InstallDir -Force

    if ($env:DW_NO_MODIFY_PATH -ne '1') {
        $userPath = [Environment]::GetEnvironmentVariable('Path', 'User')
        if (($userPath -split ';') -notcontains $InstallDir) {
            [Environment]::SetEnvironmentVariable('Path', "$userPath;$InstallDir", 'User')
            Write-Host "Added $InstallDir to your user PATH (restart the terminal)."
        }
    }
    & "$InstallDir\dw.exe" --version
    Write-Host "Next: run 'dw login'"
}
finally {
    Remove-Item -Recurse -Force $tmp
}
