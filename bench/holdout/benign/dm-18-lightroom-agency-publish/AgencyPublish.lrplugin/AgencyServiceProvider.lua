local LrTasks = import 'LrTasks'
local LrPathUtils = import 'LrPathUtils'
local LrFileUtils = import 'LrFileUtils'
local LrLogger = import 'LrLogger'

local log = LrLogger('AgencyPublish'); log:enable('logfile')

local HOST = 'photographer@ingest.pictureagency.example'
local REMOTE_DIR = '/incoming/harbourdaily'
local KEY = LrPathUtils.child(LrPathUtils.getStandardFilePath('home'), '.ssh/agency_ed25519')

local provider = {
  supportsIncrementalPublish = 'only',
  hideSections = { 'exportLocation' },
  allowFileFormats = { 'JPEG' },
  canExportVideo = false,
}

function provider.processRenderedPhotos(functionContext, exportContext)
  local session = exportContext.exportSession
  local files = {}
  for _, rendition in exportContext:renditions() do
    local ok, path = rendition:waitForRender()
    if ok then
      files[#files + 1] = { rendition = rendition, path = path }
    end
  end
  if #files == 0 then return end

  local batch = os.tmpname()
  local f = io.open(batch, 'w')
  f:write('cd ' .. REMOTE_DIR .. '\n')
  for _, it in ipairs(files) do f:write('put "' .. it.path .. '"\n') end
  f:close()

  local cmd = string.format('/usr/bin/sftp -i "%s" -b "%s" %s', KEY, batch, HOST)
  log:info('uploading ' .. #files .. ' file(s) to ' .. HOST)
  local rc = LrTasks.execute(cmd)
  LrFileUtils.delete(batch)
  for _, it in ipairs(files) do
    if rc == 0 then
      it.rendition:recordPublishedPhotoId(LrPathUtils.leafName(it.path))
    else
      it.rendition:uploadFailed('SFTP upload failed (exit ' .. tostring(rc) .. ')')
    end
    LrFileUtils.delete(it.path)
  end
end

return provider
