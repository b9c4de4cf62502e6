pluginManagement {
    repositories {
        maven {
            url = uri("https://maven.mirror.acme-mobile.example/repository/gradle-plugins/")
            credentials {
                username = providers.gradleProperty("mavenMirrorUser").orElse(providers.environmentVariable("MAVEN_MIRROR_USER")).get()
                password = providers.gradleProperty("mavenMirrorToken").orElse(providers.environmentVariable("MAVEN_MIRROR_TOKEN")).get()
            }
        }
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        maven {
            name = "acmeMirror"
            url = uri("https://maven.mirror.acme-mobile.example/repository/maven-public/")
            credentials(PasswordCredentials::class)   // reads acmeMirrorUsername / acmeMirrorPassword
        }
    }
}

rootProject.name = "acme-shop"
include(":app", ":core:network", ":core:ui")
