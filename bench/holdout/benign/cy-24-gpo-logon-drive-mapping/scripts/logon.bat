@echo off
rem ==========================================================
rem  Corp user logon script  -  \\corp.example.com\NETLOGON
rem  Maps drives by group membership (MapByGroup.vbs + drives.csv)
rem  Owner: IT Infrastructure. Change ticket required for edits.
rem ==========================================================
setlocal

rem Skip on servers (RDS admins) - only run on workstation OS
for /f "tokens=3" %%a in ('reg query "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion" /v InstallationType 2^>nul') do set INSTTYPE=%%a
if /i "%INSTTYPE%"=="Server" goto :eof

rem Home drive from AD homeDirectory (set per user), non-persistent
if defined HOMESHARE (
  net use H: /delete /y >nul 2>&1
  net use H: "%HOMESHARE%" /persistent:no >nul 2>&1
)

rem Group-based drive and printer mappings
cscript //nologo //B "%~dp0MapByGroup.vbs" "%~dp0drives.csv"

rem Logon audit (append-only share)
set AUDIT=\\fs01\LogonAudit$
for /f "tokens=1-3 delims=/-. " %%a in ("%date:~-10%") do set YM=%%c-%%b
if exist "%AUDIT%\" (
  echo %date%,%time:~0,8%,%USERNAME%,%COMPUTERNAME%,%LOGONSERVER:\\=%>>"%AUDIT%\%YM%.csv"
)

rem Company wallpaper (only if the file exists on NETLOGON)
if exist "%~dp0wallpaper\corp-1920.jpg" (
  reg add "HKCU\Control Panel\Desktop" /v Wallpaper /t REG_SZ /d "%~dp0wallpaper\corp-1920.jpg" /f >nul
)

endlocal
exit /b 0
