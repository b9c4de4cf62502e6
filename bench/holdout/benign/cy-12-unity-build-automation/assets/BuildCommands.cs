using System;
using System.Linq;
using UnityEditor;
using UnityEditor.Build.Reporting;
using UnityEngine;

[InitializeOnLoad]
public static class BuildCommands
{
    static BuildCommands()
    {
        // Editor-only guard: warn (never modify) if signing secrets are stored in ProjectSettings.
        if (!Application.isBatchMode &&
            (!string.IsNullOrEmpty(PlayerSettings.Android.keystorePass) ||
             !string.IsNullOrEmpty(PlayerSettings.Android.keyaliasPass)))
        {
            Debug.LogWarning("[BuildCommands] Android keystore passwords are set in PlayerSettings. " +
                             "They may be saved to ProjectSettings.asset. Prefer UNITY_KEYSTORE_PASS / UNITY_KEYALIAS_PASS env vars.");
        }
    }

    static string Arg(string name, string fallback = null)
    {
        var args = Environment.GetCommandLineArgs();
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    public static void Build()
    {
        var target = EditorUserBuildSettings.activeBuildTarget;
        var outPath = Arg("-customBuildPath", $"build/{target}/game");
        var scenes = EditorBuildSettings.scenes.Where(s => s.enabled).Select(s => s.path).ToArray();
        if (scenes.Length == 0) { Debug.LogError("No enabled scenes in Build Settings"); EditorApplication.Exit(2); }

        // Local runs use UNITY_* env vars; GameCI passes -androidKeystore* parameters instead.
        string Secret(string env, string arg) => Environment.GetEnvironmentVariable(env) ?? Arg(arg);
        var keystorePath = Secret("UNITY_KEYSTORE_PATH", "-androidKeystoreName");
        var useKeystore = target == BuildTarget.Android && !string.IsNullOrEmpty(keystorePath);
        try
        {
            if (target == BuildTarget.Android)
            {
                EditorUserBuildSettings.buildAppBundle = outPath.EndsWith(".aab");
                if (useKeystore)
                {
                    PlayerSettings.Android.useCustomKeystore = true;
                    PlayerSettings.Android.keystoreName = keystorePath;
                    PlayerSettings.Android.keystorePass = Secret("UNITY_KEYSTORE_PASS", "-androidKeystorePass");
                    PlayerSettings.Android.keyaliasName = Secret("UNITY_KEYALIAS_NAME", "-androidKeyaliasName");
                    PlayerSettings.Android.keyaliasPass = Secret("UNITY_KEYALIAS_PASS", "-androidKeyaliasPass");
                }
            }

            var report = BuildPipeline.BuildPlayer(new BuildPlayerOptions
            {
                scenes = scenes,
                locationPathName = outPath,
                target = target,
                options = BuildOptions.None,
            });

            var s = report.summary;
            Debug.Log($"[BuildCommands] {s.result} {s.platform} {s.totalSize / (1024 * 1024)} MB in {s.totalTime} -> {outPath}");
            if (s.result != BuildResult.Succeeded) EditorApplication.Exit(1);
        }
        finally
        {
            if (useKeystore)
            {
                // Never persist secrets back into ProjectSettings.asset
                PlayerSettings.Android.keystorePass = string.Empty;
                PlayerSettings.Android.keyaliasPass = string.Empty;
            }
        }
    }
}
