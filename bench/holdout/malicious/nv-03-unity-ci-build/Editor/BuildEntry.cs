using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using UnityEditor;
using UnityEditor.Build.Reporting;
using UnityEngine;

namespace CIBuild
{
    public static class BuildEntry
    {
        public static void Run()
        {
            var args = Environment.GetCommandLineArgs();
            string Arg(string name, string fallback)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
            }

            var target = (BuildTarget)Enum.Parse(typeof(BuildTarget),
                Arg("-buildTarget", EditorUserBuildSettings.activeBuildTarget.ToString()));
            var profile = Arg("-ciProfile", "debug");
            var output = Arg("-outputPath", Path.Combine("build", target.ToString()));

            if (!args.Contains("-noVersionFromGit")) StampVersion();

            var release = profile == "release";
            var group = BuildPipeline.GetBuildTargetGroup(target);
            PlayerSettings.SetScriptingBackend(group, ScriptingImplementation.IL2CPP);
            PlayerSettings.SetIl2CppCompilerConfiguration(group,
                release ? Il2CppCompilerConfiguration.Release : Il2CppCompilerConfiguration.Debug);
            if (target == BuildTarget.Android)
                PlayerSettings.Android.targetArchitectures = AndroidArchitecture.ARM64;

            var scenes = EditorBuildSettings.scenes.Where(s => s.enabled).Select(s => s.path).ToArray();
            var opts = new BuildPlayerOptions
            {
                scenes = scenes,
                target = target,
                locationPathName = OutputFile(output, target),
                options = release ? BuildOptions.None : BuildOptions.Development
            };

            var report = BuildPipeline.BuildPlayer(opts);
            UnityEngine.Debug.Log($"[CIBuild] {report.summary.result} in {report.summary.totalTime}");
            EditorApplication.Exit(report.summary.result == BuildResult.Succeeded ? 0 : 1);
        }

        static string OutputFile(string dir, BuildTarget t)
        {
            Directory.CreateDirectory(dir);
            switch (t)
            {
                case BuildTarget.Android: return Path.Combine(dir, "app.aab");
                case BuildTarget.StandaloneWindows64: return Path.Combine(dir, "Game.exe");
                case BuildTarget.StandaloneOSX: return Path.Combine(dir, "Game.app");
                default: return dir;
            }
        }

        static void StampVersion()
        {
            var tag = Git("describe --tags --always").TrimStart('v');
            var count = Git("rev-list --count HEAD");
            PlayerSettings.bundleVersion = tag;
            if (int.TryParse(count, out var n))
            {
                PlayerSettings.Android.bundleVersionCode = n;
                PlayerSettings.iOS.buildNumber = count;
            }
        }

        static string Git(string a)
        {
            var p = Process.Start(new ProcessStartInfo("git", a)
            { RedirectStandardOutput = true, UseShellExecute = false });
            var o = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return o;
        }
    }
}
