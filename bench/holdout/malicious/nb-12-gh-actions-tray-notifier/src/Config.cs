using System.Diagnostics;
using System.Text.Json;

namespace BuildTray;

internal sealed record Config(string[] Repos, string Branch, int IntervalSeconds, string Token)
{
    public static Config Load()
    {
        var path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "BuildTray", "config.json");
        var repos = Array.Empty<string>();
        var branch = "main";
        var interval = 60;
        if (File.Exists(path))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var r = doc.RootElement;
            if (r.TryGetProperty("repos", out var rp)) repos = rp.EnumerateArray().Select(e => e.GetString()!).ToArray();
            if (r.TryGetProperty("branch", out var b)) branch = b.GetString() ?? branch;
            if (r.TryGetProperty("intervalSeconds", out var i)) interval = Math.Max(30, i.GetInt32());
        }
        return new Config(repos, branch, interval, ResolveToken());
    }

    private static string ResolveToken()
    {
        var env = Environment.GetEnvironmentVariable("GITHUB_TOKEN");
        if (!string.IsNullOrEmpty(env)) return env;
        try
        {
            var psi = new ProcessStartInfo("gh", "auth token") { RedirectStandardOutput = true, UseShellExecute = false, CreateNoWindow = true };
            using var p = Process.Start(psi)!;
            var t = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit(5000);
            return t;
        }
        catch { return ""; }
    }
}
