plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "example.harbourfest.gate"
    compileSdk = 34
    defaultConfig {
        applicationId = "example.harbourfest.gate"
        minSdk = 26
        targetSdk = 34
        versionCode = 4
        versionName = "0.4.0"
        val base = providers.gradleProperty("TICKET_API_BASE").getOrElse("https://tickets.harbourfest.example/api/")
        val token = providers.gradleProperty("TICKET_DEVICE_TOKEN").getOrElse("")
        buildConfigField("String", "API_BASE", "\"$base\"")
        buildConfigField("String", "DEVICE_TOKEN", "\"$token\"")
    }
    buildFeatures { buildConfig = true }
}

dependencies {
    implementation("com.google.mlkit:barcode-scanning:17.2.0")
    implementation("androidx.camera:camera-camera2:1.3.1")
    implementation("androidx.camera:camera-lifecycle:1.3.1")
    implementation("androidx.camera:camera-view:1.3.1")
    implementation("androidx.work:work-runtime-ktx:2.9.0")
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
}
