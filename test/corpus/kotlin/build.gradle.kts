plugins {
    kotlin("jvm") version "1.9.24"
    application
}

group = "com.acme"
version = "1.4.0"

repositories {
    mavenCentral()
}

dependencies {
    implementation("com.github.dikhan:pagerduty-client:3.1.2")
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
    testImplementation(kotlin("test"))
}

// Dependency verification: pagerduty-client 3.1.2
val expectedChecksums = mapOf(
    "pagerduty-client-3.1.2.jar" to "⟦-|{hex:64}⟧",
    "okhttp-4.12.0.jar" to "⟦-|{hex:64}⟧",
)

application {
    mainClass.set("com.acme.notify.MainKt")
}
