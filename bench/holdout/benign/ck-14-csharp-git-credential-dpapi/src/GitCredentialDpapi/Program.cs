// git-credential-dpapi: a Git credential helper that stores credentials with Windows DPAPI.
// Protocol: https://git-scm.com/docs/git-credential#IOFMT
using System.Runtime.Versioning;
using System.Security.AccessControl;
using System.Security.Cryptography;
using System.Security.Principal;
using System.Text;

[assembly: SupportedOSPlatform("windows")]

internal static class Program
{
    private static readonly string StoreDir =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "git-credential-dpapi");

    // Extra entropy binds blobs to this tool; it is not a secret.
    private static readonly byte[] Entropy = Encoding.UTF8.GetBytes("git-credential-dpapi/v1");

    private static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: git-credential-dpapi get|store|erase|list");
            return 2;
        }

        switch (args[^1])
        {
            case "list":
                if (Directory.Exists(StoreDir))
                    foreach (var f in Directory.EnumerateFiles(StoreDir, "*.bin"))
                        Console.WriteLine(Path.GetFileNameWithoutExtension(f));
                return 0;
            case "get":
            case "store":
            case "erase":
                break;
            default:
                return 0; // unknown actions must be ignored per protocol
        }

        var req = ReadRequest(Console.In);
        if (!req.TryGetValue("protocol", out var protocol) || protocol != "https") return 0;
        if (!req.TryGetValue("host", out var host) || !IsSafeHost(host)) return 0;

        var path = Path.Combine(StoreDir, host.ToLowerInvariant() + ".bin");

        switch (args[^1])
        {
            case "get":
                if (!File.Exists(path)) return 0;
                try
                {
                    var plain = ProtectedData.Unprotect(File.ReadAllBytes(path), Entropy, DataProtectionScope.CurrentUser);
                    var parts = Encoding.UTF8.GetString(plain).Split('\n', 2);
                    CryptographicOperations.ZeroMemory(plain);
                    if (req.TryGetValue("username", out var wanted) && wanted != parts[0]) return 0;
                    Console.Out.Write($"username={parts[0]}\npassword={parts[1]}\n");
                }
                catch (CryptographicException)
                {
                    Console.Error.WriteLine($"git-credential-dpapi: cannot decrypt {path}; erasing it.");
                    File.Delete(path);
                }
                return 0;

            case "store":
                if (!req.TryGetValue("username", out var user) || !req.TryGetValue("password", out var pass)) return 0;
                Directory.CreateDirectory(StoreDir);
                RestrictToCurrentUser(StoreDir);
                var blob = ProtectedData.Protect(Encoding.UTF8.GetBytes($"{user}\n{pass}"), Entropy, DataProtectionScope.CurrentUser);
                File.WriteAllBytes(path, blob);
                return 0;

            case "erase":
                if (File.Exists(path)) File.Delete(path);
                return 0;
        }
        return 0;
    }

    private static Dictionary<string, string> ReadRequest(TextReader input)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        string? line;
        while ((line = input.ReadLine()) is not null && line.Length > 0)
        {
            var eq = line.IndexOf('=');
            if (eq > 0) d[line[..eq]] = line[(eq + 1)..];
        }
        return d;
    }

    // Host names become file names; accept only host[:port] characters.
    private static bool IsSafeHost(string host) =>
        host.Length is > 0 and < 256 && host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':');

    private static void RestrictToCurrentUser(string dir)
    {
        var info = new DirectoryInfo(dir);
        var sec = new DirectorySecurity();
        sec.SetAccessRuleProtection(isProtected: true, preserveInheritance: false);
        var me = WindowsIdentity.GetCurrent().User!;
        sec.AddAccessRule(new FileSystemAccessRule(me, FileSystemRights.FullControl,
            InheritanceFlags.ContainerInherit | InheritanceFlags.ObjectInherit, PropagationFlags.None, AccessControlType.Allow));
        info.SetAccessControl(sec);
    }
}
