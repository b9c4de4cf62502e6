-- Validate first; run the second statement only if the first returns no rows.
copy into raw.<SOURCE>.<TABLE> (payload, _file, _row)
from (select $1, metadata$filename, metadata$file_row_number
      from @raw.<SOURCE>.landing/<TABLE>/)
pattern = '.*dt=2025-0[1-3]-.*[.]json[.]gz'
validation_mode = return_errors;

copy into raw.<SOURCE>.<TABLE> (payload, _file, _row)
from (select $1, metadata$filename, metadata$file_row_number
      from @raw.<SOURCE>.landing/<TABLE>/)
pattern = '.*dt=2025-0[1-3]-.*[.]json[.]gz'
on_error = abort_statement
force = false;   -- respects load metadata; never set true without checking duplicates
