param([Parameter(Mandatory)][string]$Spec)
Add-Type -AssemblyName System.Drawing
$s = Get-Content $Spec -Raw | ConvertFrom-Json
$img = [System.Drawing.Image]::FromFile($s.input)
$g = [System.Drawing.Graphics]::FromImage($img)
$g.SmoothingMode = 'AntiAlias'
foreach ($sh in $s.shapes) {
    $col = if ($sh.color) { [System.Drawing.ColorTranslator]::FromHtml($sh.color) } else { [System.Drawing.Color]::Red }
    switch ($sh.type) {
        'box'   { $g.DrawRectangle((New-Object System.Drawing.Pen($col, 3)), $sh.x, $sh.y, $sh.w, $sh.h) }
        'arrow' {
            $pen = New-Object System.Drawing.Pen($col, 4)
            $pen.CustomEndCap = New-Object System.Drawing.Drawing2D.AdjustableArrowCap(5, 5)
            $g.DrawLine($pen, $sh.from[0], $sh.from[1], $sh.to[0], $sh.to[1])
        }
        'blur'  {
            $rect = New-Object System.Drawing.Rectangle($sh.x, $sh.y, $sh.w, $sh.h)
            $small = New-Object System.Drawing.Bitmap([int]($sh.w / 10 + 1), [int]($sh.h / 10 + 1))
            $sg = [System.Drawing.Graphics]::FromImage($small)
            $sg.DrawImage($img, (New-Object System.Drawing.Rectangle(0, 0, $small.Width, $small.Height)), $rect, 'Pixel')
            $g.InterpolationMode = 'NearestNeighbor'
            $g.DrawImage($small, $rect)
        }
        'callout' {
            $g.FillEllipse((New-Object System.Drawing.SolidBrush($col)), $sh.x - 14, $sh.y - 14, 28, 28)
            $g.DrawString([string]$sh.n, (New-Object System.Drawing.Font('Segoe UI', 12, 'Bold')), [System.Drawing.Brushes]::White, $sh.x - 7, $sh.y - 10)
        }
    }
}
$img.Save($s.output)
Write-Host "Saved $($s.output)"
