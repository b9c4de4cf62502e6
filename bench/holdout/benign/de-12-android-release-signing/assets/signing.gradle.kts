plugins {
    id("com.android.application")
    id("com.github.triplet.play") version "3.10.1"
}

android {
    signingConfigs {
        create("release") {
            val ksPath = System.getenv("ANDROID_KEYSTORE_PATH")
            if (ksPath != null) {
                storeFile = file(ksPath)
                storePassword = System.getenv("ANDROID_KEYSTORE_PASSWORD")
                keyAlias = System.getenv("ANDROID_KEY_ALIAS")
                keyPassword = System.getenv("ANDROID_KEY_PASSWORD")
            }
        }
    }
    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
        }
    }
}

play {
    track.set("internal")
    defaultToAppBundles.set(true)
    System.getenv("ANDROID_PUBLISHER_CREDENTIALS_FILE")?.let { serviceAccountCredentials.set(file(it)) }
}
