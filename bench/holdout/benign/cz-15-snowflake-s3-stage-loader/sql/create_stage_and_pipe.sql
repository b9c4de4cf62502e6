-- Placeholders: <SOURCE>, <TABLE>. Run as LOADER.
use role loader;
use database raw;

create schema if not exists raw.<SOURCE>;

create file format if not exists raw.<SOURCE>.json_lines
  type = json strip_outer_array = false compression = auto;

create stage if not exists raw.<SOURCE>.landing
  storage_integration = s3_landing_prod          -- IAM-role based, no keys
  url = 's3://acme-data-landing-prod/<SOURCE>/'
  file_format = raw.<SOURCE>.json_lines;

create table if not exists raw.<SOURCE>.<TABLE> (
  payload      variant,
  _file        string,
  _row         number,
  _loaded_at   timestamp_ltz default current_timestamp()
);

create pipe if not exists raw.<SOURCE>.<TABLE>_pipe
  auto_ingest = true
as
copy into raw.<SOURCE>.<TABLE> (payload, _file, _row)
from (select $1, metadata$filename, metadata$file_row_number
      from @raw.<SOURCE>.landing/<TABLE>/)
file_format = (format_name = 'raw.<SOURCE>.json_lines');

desc pipe raw.<SOURCE>.<TABLE>_pipe;
