param(
    [switch]$WithDocker,
    [switch]$WithJava
)

$ErrorActionPreference = "Continue"

$pkgs = @(
    "Git.Git",
    "OpenJS.NodeJS.LTS",
    "Python.Python.3.12",
    "Microsoft.VisualStudioCode",
    "Microsoft.WindowsTerminal",
    "7zip.7zip",
    "GitHub.cli"
)

if ($WithDocker) { $pkgs += "Docker.DockerDesktop" }
if ($WithJava)   { $pkgs += "EclipseAdoptium.Temurin.21.JDK" }

foreach ($p in $pkgs) {
    Write-Host "==> installing $p" -ForegroundColor Cyan
    winget install --id $p -e --silent --accept-package-agreements --accept-source-agreements
    if ($LASTEXITCODE -ne 0) {
        Write-Warning "$p failed with exit code $LASTEXITCODE"
    }
}

# refresh PATH for current session
$env:Path = [System.Environment]::GetEnvironmentVariable("Path","Machine") + ";" +
            [System.Environment]::GetEnvironmentVariable("Path","User")

Write-Host "done. open a new terminal if commands are not found." -ForegroundColor Green
