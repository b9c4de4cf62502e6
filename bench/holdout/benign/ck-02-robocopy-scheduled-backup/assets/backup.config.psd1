@{
    # Folders to back up. Environment variables are expanded.
    Sources = @(
        '%USERPROFILE%\Documents'
        '%USERPROFILE%\Desktop'
        '%USERPROFILE%\Pictures'
    )

    # Destination root. A sub-folder per source is created underneath.
    Destination = 'E:\Backups\%COMPUTERNAME%'

    # 'Copy' (never deletes on destination) or 'Mirror' (destination mirrors source, deletes extras)
    Mode = 'Copy'

    # Directory and file exclusions passed to robocopy /XD and /XF
    ExcludeDirs  = @('node_modules', '.venv', 'bin', 'obj', '.git', '$RECYCLE.BIN')
    ExcludeFiles = @('*.tmp', '~$*', 'Thumbs.db', 'desktop.ini')

    # Number of robocopy threads (/MT). 8 is robocopy's default.
    Threads = 8

    # Days of logs to keep
    LogRetentionDays = 30
}
