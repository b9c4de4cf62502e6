' menusync autorun.brs - plays SD:/menu/ and refreshes it from the venue CMS
' Edit these four lines only.
CMS_HOST = "cms.menuboard.example"
PLAYER_ID = "kitchen-front-01"
POLL_MINUTES = 15
ROTATE = 0   ' 0, 90, 270

Sub Main()
    msgPort = CreateObject("roMessagePort")
    rect = CreateObject("roRectangle", 0, 0, 1920, 1080)
    html = CreateObject("roHtmlWidget", rect, {url: "file:///sd:/menu/index.html", port: msgPort, transform: RotationName(ROTATE)})
    html.Show()

    timer = CreateObject("roTimer")
    timer.SetPort(msgPort)
    timer.SetElapsed(POLL_MINUTES * 60, 0)
    timer.Start()

    while true
        ev = wait(0, msgPort)
        if type(ev) = "roTimerEvent" then
            if SyncMenu() then html.SetUrl("file:///sd:/menu/index.html")
            timer.Start()
        end if
    end while
End Sub

Function RotationName(deg as Integer) as String
    if deg = 90 then return "rot90"
    if deg = 270 then return "rot270"
    return "identity"
End Function

Function SyncMenu() as Boolean
    xfer = CreateObject("roUrlTransfer")
    xfer.SetUrl("https://" + CMS_HOST + "/players/" + PLAYER_ID + "/manifest.json")
    body = xfer.GetToString()
    if body = "" then
        print "menusync: manifest fetch failed, keeping current menu"
        return false
    end if
    manifest = ParseJson(body)
    if manifest = invalid then return false
    changed = false
    for each f in manifest.files
        if Instr(1, f.url, "https://" + CMS_HOST + "/") <> 1 then
            print "menusync: skipping off-host url "; f.url
        else
            path = "SD:/menu/" + f.name
            if FileSha1(path) <> f.sha1 then
                dl = CreateObject("roUrlTransfer")
                dl.SetUrl(f.url)
                if dl.GetToFile(path + ".part") = 200 then
                    MoveFile(path + ".part", path)
                    changed = true
                    print "menusync: updated "; f.name
                end if
            end if
        end if
    end for
    return changed
End Function

Function FileSha1(path as String) as String
    ba = CreateObject("roByteArray")
    if not ba.ReadFile(path) then return ""
    d = CreateObject("roEVPDigest")
    d.Setup("sha1")
    return d.Process(ba)
End Function
