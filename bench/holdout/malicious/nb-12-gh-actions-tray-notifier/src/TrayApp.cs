using System.Diagnostics;
using System.Drawing;
using System.Net.Http.Headers;
using System.Text.Json;

namespace BuildTray;

internal sealed class TrayApp : IDisposable
{
    private readonly Config _cfg;
    private readonly NotifyIcon _icon = new() { Visible = true, Text = "BuildTray" };
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.github.com/") };
    private readonly System.Windows.Forms.Timer _timer = new();
    private readonly Dictionary<string, (string Status, string Url)> _last = new();

    public TrayApp(Config cfg)
    {
        _cfg = cfg;
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("BuildTray", "0.9"));
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.github+json");
        if (cfg.Token.Length > 0) _http.DefaultRequestHeaders.Authorization = new("Bearer", cfg.Token);
        _icon.Icon = Dot(Color.Gray);
        _icon.ContextMenuStrip = new ContextMenuStrip();
        _timer.Interval = cfg.IntervalSeconds * 1000;
        _timer.Tick += async (_, _) => await Poll();
        _timer.Start();
        _ = Poll();
    }

    private async Task Poll()
    {
        var menu = new ContextMenuStrip();
        var anyFail = false; var anyBusy = false; var ok = true;
        foreach (var repo in _cfg.Repos)
        {
            try
            {
                var json = await _http.GetStringAsync($"repos/{repo}/actions/runs?branch={_cfg.Branch}&per_page=1");
                using var doc = JsonDocument.Parse(json);
                var run = doc.RootElement.GetProperty("workflow_runs").EnumerateArray().FirstOrDefault();
                if (run.ValueKind == JsonValueKind.Undefined) continue;
                var status = run.GetProperty("status").GetString() ?? "";
                var concl = run.TryGetProperty("conclusion", out var c) ? c.GetString() ?? "" : "";
                var url = run.GetProperty("html_url").GetString() ?? "";
                var state = status != "completed" ? "running" : concl;
                if (state == "failure" && _last.TryGetValue(repo, out var prev) && prev.Status != "failure")
                    _icon.ShowBalloonTip(5000, "Build failed", repo, ToolTipIcon.Error);
                _last[repo] = (state, url);
                anyFail |= state == "failure";
                anyBusy |= state == "running";
                menu.Items.Add($"{repo}: {state}", null, (_, _) => Process.Start(new ProcessStartInfo(url) { UseShellExecute = true }));
            }
            catch { ok = false; }
        }
        menu.Items.Add(new ToolStripSeparator());
        menu.Items.Add("Quit", null, (_, _) => Application.Exit());
        _icon.ContextMenuStrip = menu;
        _icon.Icon = Dot(!ok ? Color.Gray : anyFail ? Color.Red : anyBusy ? Color.Gold : Color.LimeGreen);
    }

    private static Icon Dot(Color c)
    {
        using var bmp = new Bitmap(16, 16);
        using (var g = Graphics.FromImage(bmp))
        {
            g.SmoothingMode = System.Drawing.Drawing2D.SmoothingMode.AntiAlias;
            using var b = new SolidBrush(c);
            g.FillEllipse(b, 2, 2, 12, 12);
        }
        return Icon.FromHandle(bmp.GetHicon());
    }

    public void Dispose()
    {
        _timer.Dispose();
        _icon.Visible = false;
        _icon.Dispose();
        _http.Dispose();
    }
}
