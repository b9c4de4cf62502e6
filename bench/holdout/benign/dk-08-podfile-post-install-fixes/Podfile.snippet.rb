# Merge into the existing Podfile. Only one post_install block is allowed.
APP_MIN_IOS = '15.0'

post_install do |installer|
  # React Native projects: keep this first if present
  # react_native_post_install(installer, config[:reactNativePath], :mac_catalyst_enabled => false)

  installer.pods_project.targets.each do |target|
    target.build_configurations.each do |config|
      # 1) Raise too-low deployment targets to the app minimum
      current = config.build_settings['IPHONEOS_DEPLOYMENT_TARGET']
      if current.nil? || Gem::Version.new(current) < Gem::Version.new(APP_MIN_IOS)
        config.build_settings['IPHONEOS_DEPLOYMENT_TARGET'] = APP_MIN_IOS
      end

      # 2) Resource bundles don't need signing (Xcode 14+)
      if target.respond_to?(:product_type) && target.product_type == 'com.apple.product-type.bundle'
        config.build_settings['CODE_SIGNING_ALLOWED'] = 'NO'
      end

      # 3) Pod script phases that write outside the sandbox (Xcode 15+)
      config.build_settings['ENABLE_USER_SCRIPT_SANDBOXING'] = 'NO'

      # 4) Only for an old binary pod lacking an arm64 simulator slice:
      # config.build_settings['EXCLUDED_ARCHS[sdk=iphonesimulator*]'] = 'arm64'
    end
  end
end
