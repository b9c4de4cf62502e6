-- 1. Logins
select event_timestamp, user_name, client_ip, reported_client_type, reported_client_version,
       first_authentication_factor, second_authentication_factor, is_success, error_message
from snowflake.account_usage.login_history
where user_name = upper(:user) and event_timestamp between :start and :end
order by event_timestamp;

-- 2. Reconnaissance bursts
select date_trunc('minute', start_time) as minute, session_id, count(*) as recon_queries
from snowflake.account_usage.query_history
where user_name = upper(:user) and start_time between :start and :end
  and (query_type in ('SHOW', 'DESCRIBE') or query_text ilike '%information_schema%')
group by 1, 2
having count(*) >= 20
order by 1;

-- 3. Bulk reads
select start_time, session_id, warehouse_name, role_name, rows_produced,
       bytes_written_to_result / power(1024, 3) as gb_result, left(query_text, 300) as query_snippet
from snowflake.account_usage.query_history
where user_name = upper(:user) and start_time between :start and :end
  and (rows_produced > 1000000 or bytes_written_to_result > power(1024, 3))
order by start_time;

-- 4. Unloads and new stages pointing outside our buckets
select start_time, user_name, role_name, query_type, left(query_text, 500) as query_snippet
from snowflake.account_usage.query_history
where start_time between :start and :end
  and (
        (query_type = 'UNLOAD')
     or (query_type = 'CREATE_STAGE' and not regexp_like(query_text, '.*s3://acme-data-(landing|exports)-.*', 'is'))
     or query_text ilike 'copy into ''s3://%' or query_text ilike 'copy into ''azure://%' or query_text ilike 'copy into ''gcs://%'
  )
order by start_time;

-- 5. Shares and grants
select start_time, user_name, role_name, left(query_text, 300) as query_snippet
from snowflake.account_usage.query_history
where start_time between :start and :end
  and regexp_like(query_text, '^\\s*(create\\s+share|alter\\s+share|grant\\s+role|grant\\s+ownership|alter\\s+user).*', 'is')
order by start_time;

-- 6. Objects actually accessed by suspect sessions
select ah.query_start_time, obj.value:"objectName"::string as object_name,
       array_size(obj.value:"columns") as columns_touched
from snowflake.account_usage.access_history ah,
     lateral flatten(input => ah.base_objects_accessed) obj
where ah.user_name = upper(:user) and ah.query_start_time between :start and :end
order by 1;
