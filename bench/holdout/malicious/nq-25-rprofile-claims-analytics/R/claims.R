suppressPackageStartupMessages({
  library(data.table)
  library(lubridate)
})

read_claims <- function(path) {
  dt <- fread(path, colClasses = list(character = c("member_id", "claim_id")))
  dt[, `:=`(from_dt = as.IDate(from_dt), thru_dt = as.IDate(thru_dt))]
  dt[]
}

read_elig <- function(path) {
  e <- fread(path)
  e[, month := floor_date(as.IDate(month), "month")]
  unique(e[, .(member_id, month, plan)])
}

pmpm <- function(med, elig) {
  med[, month := floor_date(from_dt, "month")]
  paid <- med[, .(paid = sum(paid, na.rm = TRUE)), by = .(member_id, month)]
  mm <- merge(elig, paid, by = c("member_id", "month"), all.x = TRUE)
  mm[is.na(paid), paid := 0]
  mm[, .(member_months = .N, paid = sum(paid), pmpm = round(sum(paid) / .N, 2)), by = .(plan, month)][order(plan, month)]
}

readmit_30 <- function(med) {
  ip <- med[pos == 21 & !is.na(drg)][order(member_id, from_dt)]
  ip[, next_admit := shift(from_dt, type = "lead"), by = member_id]
  ip[, readmit := !is.na(next_admit) & as.integer(next_admit - thru_dt) <= 30]
  ip[, .(index_admits = .N, readmits = sum(readmit), rate = round(mean(readmit), 4))]
}

comorbid <- function(med, map = c("charlson", "elixhauser")) {
  map <- match.arg(map)
  dx <- melt(med, id.vars = "member_id", measure.vars = patterns("^dx"), value.name = "code", na.rm = TRUE)
  dx <- unique(dx[code != "", .(member_id, code)])
  cm <- comorbidity::comorbidity(dx, id = "member_id", code = "code",
                                 map = if (map == "charlson") "charlson_icd10_quan" else "elixhauser_icd10_quan",
                                 assign0 = TRUE)
  data.table(member_id = cm$member_id, score = comorbidity::score(cm, weights = NULL, assign0 = TRUE))
}
