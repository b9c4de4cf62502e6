@echo off
setlocal enabledelayedexpansion
set SRC=%~1
set DST=%~2
set ACC="C:\Program Files\Autodesk\AutoCAD 2025\accoreconsole.exe"
if not exist "%DST%" mkdir "%DST%"
echo drawing,layout_pdf,date> "%DST%\transmittal.csv"
for %%f in ("%SRC%\*.dwg") do (
  %ACC% /i "%%f" /s "%~dp0publish_pdf.scr" /l en-US >> "%DST%\publish.log" 2>&1
  for %%p in ("%%~dpf%%~nf-*.pdf") do (
    move /y "%%p" "%DST%\" >nul
    echo %%~nf,%%~nxp,%date%>> "%DST%\transmittal.csv"
  )
)
echo Published to %DST%
