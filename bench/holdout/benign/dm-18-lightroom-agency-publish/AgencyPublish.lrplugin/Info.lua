return {
  LrSdkVersion = 10.0,
  LrSdkMinimumVersion = 6.0,
  LrToolkitIdentifier = 'example.harbourdaily.agencypublish',
  LrPluginName = 'Agency Publish (Harbour Daily)',
  LrExportServiceProvider = {
    title = 'Agency SFTP',
    file = 'AgencyServiceProvider.lua',
  },
  LrPluginInfoUrl = 'https://wiki.harbourdaily.example/photo/agency-publish',
  VERSION = { major = 2, minor = 2, revision = 0 },
}
