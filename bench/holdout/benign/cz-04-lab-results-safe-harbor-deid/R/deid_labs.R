# Safe Harbor de-identification of lab results. Runs inside the RDC enclave.
suppressPackageStartupMessages({
  library(dplyr)
  library(readr)
  library(stringr)
  library(digest)
})

# 3-digit ZIP prefixes with population < 20,000 (Census 2020) -> "000"
RESTRICTED_ZIP3 <- c("036", "059", "102", "202", "203", "204", "205", "369",
                     "556", "692", "753", "772", "821", "823", "878", "879",
                     "884", "893")

DIRECT_IDS <- c("patient_name", "ssn", "address_line1", "address_line2", "city",
                "phone", "email", "account_number", "device_serial",
                "portal_url", "ip_address", "photo_uri")

RESIDUAL_PATTERNS <- c(
  phone = "\\b\\(?\\d{3}\\)?[-. ]?\\d{3}[-. ]?\\d{4}\\b",
  mrn   = "\\bMRN[:# ]*\\d{6,10}\\b",
  ssn   = "\\b\\d{3}-\\d{2}-\\d{4}\\b",
  name  = "\\b(Dr|Mr|Mrs|Ms)\\.? [A-Z][a-z]+"
)

study_id <- function(mrn, key) {
  vapply(mrn, function(m) substr(hmac(key, m, "sha256"), 1, 16), character(1))
}

run_deid <- function(ticket, input, keep_comments = FALSE,
                     key_file = file.path("/enclave/rdc", ticket, "keys", "hmac.key")) {
  stopifnot(grepl("^RDC-\\d+$", ticket))
  key <- readLines(key_file, warn = FALSE)[1]
  out_dir <- file.path(dirname(dirname(input)), "deid")
  dir.create(out_dir, showWarnings = FALSE)

  labs <- read_csv(input, col_types = cols(.default = "c"))

  labs <- labs |>
    mutate(study_id = study_id(mrn, key)) |>
    select(-any_of(c("mrn", DIRECT_IDS))) |>
    mutate(
      birth_year   = substr(birth_date, 1, 4),
      age          = as.integer(substr(collected_at, 1, 4)) - as.integer(birth_year),
      age          = ifelse(age > 89, "90+", as.character(age)),
      collected_yr = substr(collected_at, 1, 4),
      zip3         = substr(zip, 1, 3),
      zip3         = ifelse(zip3 %in% RESTRICTED_ZIP3, "000", zip3)
    ) |>
    select(-birth_date, -birth_year, -collected_at, -resulted_at, -zip)

  residual_hits <- 0L
  if ("result_comment" %in% names(labs)) {
    hits <- Reduce(`|`, lapply(RESIDUAL_PATTERNS, function(p) str_detect(labs$result_comment, p)))
    residual_hits <- sum(hits, na.rm = TRUE)
    if (!keep_comments) labs <- select(labs, -result_comment)
  }

  small_cells <- labs |>
    count(loinc_code, collected_yr, name = "n_results") |>
    left_join(labs |> distinct(loinc_code, collected_yr, study_id) |>
                count(loinc_code, collected_yr, name = "n_patients"),
              by = c("loinc_code", "collected_yr")) |>
    filter(n_patients < 11)

  write_csv(labs, file.path(out_dir, "labs_deid.csv"))
  writeLines(c(
    sprintf("# De-identification checklist - %s", ticket),
    sprintf("- Rows released: %d", nrow(labs)),
    sprintf("- Distinct study IDs: %d", n_distinct(labs$study_id)),
    sprintf("- Residual identifier pattern hits in comments: %d (comments %s)",
            residual_hits, if (keep_comments) "KEPT - manual review required" else "dropped"),
    sprintf("- Small cells (<11 patients): %d", nrow(small_cells)),
    "- [ ] Reviewer 1 sign-off", "- [ ] Reviewer 2 sign-off"
  ), file.path(out_dir, "checklist.md"))
  invisible(out_dir)
}
