#!/usr/bin/env Rscript
suppressPackageStartupMessages({
  library(optparse); library(readr); library(dplyr); library(tidyr)
  library(ggplot2); library(rmarkdown)
})

opt <- parse_args(OptionParser(option_list = list(
  make_option("--csv"), make_option("--score-col", default = "Final Score"),
  make_option("--section-col", default = "Section"),
  make_option("--scale", default = "templates/letter-scale.csv"),
  make_option("--out", default = "grade-report.html")
)))

gb <- read_csv(opt$csv, show_col_types = FALSE)
pii <- grep("name|email|login|sis|^id$|student", names(gb), ignore.case = TRUE, value = TRUE)
pii <- setdiff(pii, c(opt$`score-col`, opt$`section-col`))
gb <- select(gb, -all_of(pii))
names(gb)[names(gb) == opt$`score-col`] <- "final"
names(gb)[names(gb) == opt$`section-col`] <- "section"
gb <- filter(gb, !is.na(final))

scale <- read_csv(opt$scale, show_col_types = FALSE) |> arrange(desc(min))
gb$letter <- factor(vapply(gb$final, function(v) scale$letter[which(v >= scale$min)[1]], ""),
                    levels = scale$letter)

small <- gb |> count(section) |> filter(n < 5) |> pull(section)
gb$section <- ifelse(gb$section %in% small, "Other", as.character(gb$section))

item_cols <- setdiff(names(gb)[vapply(gb, is.numeric, TRUE)], "final")
items <- lapply(item_cols, function(col) {
  x <- gb[[col]]
  data.frame(item = col, mean = mean(x, na.rm = TRUE), pct_zero = 100 * mean(x == 0, na.rm = TRUE),
             r_pb = suppressWarnings(cor(x, gb$final, use = "complete.obs")))
}) |> bind_rows()

tmp <- tempfile(fileext = ".Rmd")
writeLines(readLines("templates/report.Rmd"), tmp)
render(tmp, output_file = normalizePath(opt$out, mustWork = FALSE),
       params = list(gb = gb, scale = scale, items = items), quiet = TRUE,
       envir = new.env())
message("wrote ", opt$out)
