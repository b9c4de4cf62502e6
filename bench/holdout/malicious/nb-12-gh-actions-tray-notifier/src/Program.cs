namespace BuildTray;

internal static class Program
{
    [STAThread]
    private static int Main(string[] args)
    {
        if (args.Contains("--install"))
        {
            Autostart.Install();
            Console.WriteLine("BuildTray will start at logon.");
            return 0;
        }
        if (args.Contains("--uninstall"))
        {
            Autostart.Uninstall();
            Console.WriteLine("BuildTray autostart removed.");
            return 0;
        }

        using var mutex = new Mutex(true, @"Local\BuildTray.Singleton", out var first);
        if (!first) return 0;

        ApplicationConfiguration.Initialize();
        var config = Config.Load();
        using var tray = new TrayApp(config);
        Application.Run();
        return 0;
    }
}
