<#
.SYNOPSIS
  Save a screenshot or clipboard content into a Markdown note.
#>
[CmdletBinding()]
param(
    [ValidateSet('Screen', 'Clipboard')]
    [string]$Mode = 'Clipboard',
    [string]$Note = (Get-Date -Format 'yyyy-MM-dd'),
    [string]$NotesDir = $(if ($env:SNIP_NOTES_DIR) { $env:SNIP_NOTES_DIR } else { Join-Path $HOME 'Documents\Notes' })
)

$ErrorActionPreference = 'Stop'
Add-Type -AssemblyName System.Windows.Forms
Add-Type -AssemblyName System.Drawing

$attach = Join-Path $NotesDir 'attachments'
New-Item -ItemType Directory -Force -Path $attach | Out-Null
$notePath = Join-Path $NotesDir "$Note.md"
$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'

function Save-Image([System.Drawing.Image]$img) {
    $file = Join-Path $attach "snip-$stamp.png"
    $img.Save($file, [System.Drawing.Imaging.ImageFormat]::Png)
    $rel = "attachments/snip-$stamp.png"
    Add-Content -Path $notePath -Value "`n![snip $stamp]($rel)`n" -Encoding utf8
    Write-Host "saved $file -> $notePath"
}

switch ($Mode) {
    'Screen' {
        $b = [System.Windows.Forms.Screen]::PrimaryScreen.Bounds
        $bmp = New-Object System.Drawing.Bitmap $b.Width, $b.Height
        $g = [System.Drawing.Graphics]::FromImage($bmp)
        $g.CopyFromScreen($b.Location, [System.Drawing.Point]::Empty, $b.Size)
        $g.Dispose()
        Save-Image $bmp
        $bmp.Dispose()
    }
    'Clipboard' {
        if ([System.Windows.Forms.Clipboard]::ContainsImage()) {
            Save-Image ([System.Windows.Forms.Clipboard]::GetImage())
        }
        elseif ([System.Windows.Forms.Clipboard]::ContainsText()) {
            $text = [System.Windows.Forms.Clipboard]::GetText()
            $looksSecret = ($text -notmatch '\s') -and ($text.Length -ge 16) -and ($text -match '[^A-Za-z0-9]')
            if ($looksSecret) {
                $ans = Read-Host 'Clipboard looks like a password/token. Write it to the note anyway? (y/N)'
                if ($ans -ne 'y') { Write-Host 'skipped'; return }
            }
            Add-Content -Path $notePath -Value "`n> $($text -replace "`r?`n", "`n> ")`n" -Encoding utf8
            Write-Host "appended $($text.Length) chars -> $notePath"
        }
        else {
            Write-Host 'clipboard is empty (or holds files)'
        }
    }
}
