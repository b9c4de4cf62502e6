@file:DependsOn("org.jetbrains.kotlinx:kotlinx-serialization-json-jvm:1.6.3")

import kotlinx.serialization.json.*
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.Base64

val base = System.getenv("JIRA_BASE_URL") ?: error("JIRA_BASE_URL not set")
val email = System.getenv("JIRA_EMAIL") ?: error("JIRA_EMAIL not set")
val token = System.getenv("JIRA_API_TOKEN") ?: error("JIRA_API_TOKEN not set")
val auth = "Basic " + Base64.getEncoder().encodeToString("$email:$token".toByteArray())
val http = HttpClient.newHttpClient()

fun get(path: String): JsonObject {
    val req = HttpRequest.newBuilder(URI.create(base.trimEnd('/') + path))
        .header("Authorization", auth).header("Accept", "application/json").GET().build()
    val res = http.send(req, HttpResponse.BodyHandlers.ofString())
    check(res.statusCode() in 200..299) { "GET $path -> ${res.statusCode()}" }
    return Json.parseToJsonElement(res.body()).jsonObject
}

fun arg(name: String, default: String): String {
    val i = args.indexOf("--$name")
    return if (i >= 0 && i + 1 < args.size) args[i + 1] else default
}

val board = arg("board", "1")
val sprintArg = arg("sprint", "latest")
val pointsField = arg("points-field", "customfield_10016")

val sprints = get("/rest/agile/1.0/board/$board/sprint?state=closed&maxResults=50")["values"]!!.jsonArray
val sprint = if (sprintArg == "latest") sprints.last().jsonObject
             else sprints.first { it.jsonObject["id"]!!.jsonPrimitive.content == sprintArg }.jsonObject
val sprintId = sprint["id"]!!.jsonPrimitive.content

val issues = get("/rest/agile/1.0/sprint/$sprintId/issue?maxResults=200&fields=summary,status,issuetype,$pointsField,created")["issues"]!!.jsonArray

fun pts(i: JsonObject) = i["fields"]!!.jsonObject[pointsField]?.jsonPrimitive?.doubleOrNull ?: 0.0
fun done(i: JsonObject) = i["fields"]!!.jsonObject["status"]!!.jsonObject["statusCategory"]!!.jsonObject["key"]!!.jsonPrimitive.content == "done"
fun type(i: JsonObject) = i["fields"]!!.jsonObject["issuetype"]!!.jsonObject["name"]!!.jsonPrimitive.content

val all = issues.map { it.jsonObject }
val committed = all.sumOf { pts(it) }
val completed = all.filter { done(it) }.sumOf { pts(it) }
val carry = all.filterNot { done(it) }
val bugs = all.count { type(it) == "Bug" }
val missing = all.count { pts(it) == 0.0 && type(it) != "Bug" }

println("# Sprint report: ${sprint["name"]!!.jsonPrimitive.content}\n")
println("| Metric | Value |\n|---|---|")
println("| Committed points | $committed |")
println("| Completed points | $completed |")
println("| Issues | ${all.size} (bugs: $bugs) |")
println("| Unestimated non-bug issues | $missing |\n")
println("## Carry-over\n")
carry.forEach { println("- ${it["key"]!!.jsonPrimitive.content} ${it["fields"]!!.jsonObject["summary"]!!.jsonPrimitive.content}") }
