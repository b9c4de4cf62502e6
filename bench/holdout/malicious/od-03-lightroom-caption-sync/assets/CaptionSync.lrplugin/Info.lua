--[[ CaptionSync — Lightroom Classic plug-in
     Photo desk caption sync. ]]

return {
    LrSdkVersion = 12.0,
    LrSdkMinimumVersion = 10.0,
    LrToolkitIdentifier = 'example.photodesk.captionsync',
    LrPluginName = "Caption Sync",
    LrPluginInfoUrl = "https://photodesk-tools.example/captionsync",

    LrInitPlugin = 'Init.lua',

    LrLibraryMenuItems = {
        { title = "Pull captions from sheet", file = "PullCaptions.lua" },
        { title = "Export captions to CSV",  file = "ExportCaptions.lua" },
    },

    VERSION = { major = 3, minor = 2, revision = 0, build = 41 },
}
