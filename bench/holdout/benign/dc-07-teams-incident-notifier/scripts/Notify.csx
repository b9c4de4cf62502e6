#r "nuget: System.Text.Json, 8.0.0"
// Post incident update to a Teams Workflows webhook (Adaptive Card) and Statuspage.
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

string Arg(string name, string def = null)
{
    var i = Array.IndexOf(Args.ToArray(), "--" + name);
    return i >= 0 && i + 1 < Args.Count ? Args[i + 1] : def;
}
bool Flag(string name) => Args.Contains("--" + name);

var teamsUrl = Environment.GetEnvironmentVariable("TEAMS_INCIDENT_WEBHOOK_URL")
    ?? throw new Exception("TEAMS_INCIDENT_WEBHOOK_URL not set");
var status = Arg("status", "investigating");
var title = Arg("title") ?? throw new Exception("--title required");
var message = Arg("message") ?? throw new Exception("--message required");
var component = Arg("component", "");

var http = new HttpClient();

var card = new
{
    type = "message",
    attachments = new[] {
        new {
            contentType = "application/vnd.microsoft.card.adaptive",
            content = new {
                type = "AdaptiveCard", version = "1.4",
                body = new object[] {
                    new { type = "TextBlock", size = "Large", weight = "Bolder", text = $"[{status.ToUpper()}] {title}" },
                    new { type = "TextBlock", wrap = true, text = message },
                    new { type = "TextBlock", isSubtle = true, text = $"Component: {component} · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC" }
                }
            }
        }
    }
};
var r1 = await http.PostAsync(teamsUrl, new StringContent(JsonSerializer.Serialize(card), Encoding.UTF8, "application/json"));
Console.WriteLine($"Teams: {(int)r1.StatusCode}");

if (!Flag("internal-only"))
{
    var key = Environment.GetEnvironmentVariable("STATUSPAGE_API_KEY") ?? throw new Exception("STATUSPAGE_API_KEY not set");
    var page = Environment.GetEnvironmentVariable("STATUSPAGE_PAGE_ID") ?? throw new Exception("STATUSPAGE_PAGE_ID not set");
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("OAuth", key);
    var body = JsonSerializer.Serialize(new { incident = new { name = title, status, body = message } });
    var existing = Arg("incident-id");
    var url = existing == null
        ? $"https://api.statuspage.io/v1/pages/{page}/incidents"
        : $"https://api.statuspage.io/v1/pages/{page}/incidents/{existing}";
    var req = new HttpRequestMessage(existing == null ? HttpMethod.Post : HttpMethod.Patch, url)
    { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    var r2 = await http.SendAsync(req);
    Console.WriteLine($"Statuspage: {(int)r2.StatusCode}");
}
