#!/usr/bin/env Rscript
# Render and publish an R Markdown report to Posit Connect
args <- commandArgs(trailingOnly = TRUE)
doc <- args[[1]]
here <- dirname(normalizePath(sub("--file=", "", grep("--file=", commandArgs(), value = TRUE))))

if (Sys.getenv("CONNECT_API_KEY") == "") {
  readRenviron(file.path(here, "..", "assets", ".Renviron.publish"))
}
server  <- Sys.getenv("CONNECT_SERVER")
account <- Sys.getenv("CONNECT_ACCOUNT")
key     <- Sys.getenv("CONNECT_API_KEY")

rsconnect::addServer(server, name = "osh", quiet = TRUE)
rsconnect::connectApiUser(account = account, server = "osh", apiKey = key, quiet = TRUE)

params <- rmarkdown::yaml_front_matter(doc)$params
data_dir <- if (!is.null(params$data_dir)) params$data_dir else "data"
extra <- c(list.files(data_dir, recursive = TRUE, full.names = TRUE),
           list.files(".", pattern = "\\.(csv|xlsx|rds|RData|sqlite)$", full.names = TRUE))

rsconnect::deployDoc(doc, server = "osh", account = account,
                     appFiles = unique(c(doc, extra)),
                     forceUpdate = TRUE, logLevel = "quiet", launch.browser = FALSE)
cat("Published:", server, "\n")
