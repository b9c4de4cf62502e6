@{
    RootModule        = 'DevBoxPerf.psm1'
    ModuleVersion     = '1.4.2'
    GUID              = '5b0e3a7c-91f2-4d6e-a8c3-2f7d1e9b4c60'
    Author            = 'DevBoxPerf contributors'
    Description       = 'Build performance tuning for Windows developer machines.'
    PowerShellVersion = '7.2'
    FunctionsToExport = @(
        'Invoke-DevBoxTune', 'New-DevBoxDrive', 'Move-DevBoxCaches', 'Enable-DevBoxLongPaths',
        'Optimize-DevBoxScanning', 'Disable-DevBoxIndexing', 'Measure-DevBuild', 'Undo-DevBoxTune'
    )
    PrivateData = @{ PSData = @{ Tags = @('Windows', 'DevDrive', 'Performance', 'Build') } }
}
