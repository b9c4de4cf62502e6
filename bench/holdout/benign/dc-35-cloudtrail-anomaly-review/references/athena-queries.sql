-- Q1: all activity for one access key (last 30 days)
SELECT eventtime, eventsource, eventname, awsregion, sourceipaddress, useragent, errorcode
FROM {{table}}
WHERE useridentity.accesskeyid = '{{key_id}}'
  AND from_iso8601_timestamp(eventtime) > current_timestamp - interval '30' day
ORDER BY eventtime;
-- END Q1

-- Q2: secrets bulk read (>= 20 distinct secrets in 10 minutes by one principal)
SELECT useridentity.arn AS principal,
       date_trunc('minute', from_iso8601_timestamp(eventtime)) AS minute_bucket,
       count(DISTINCT json_extract_scalar(requestparameters, '$.secretId')) AS secrets
FROM {{table}}
WHERE eventsource = 'secretsmanager.amazonaws.com' AND eventname = 'GetSecretValue'
  AND from_iso8601_timestamp(eventtime) > current_timestamp - interval '7' day
GROUP BY 1, 2
HAVING count(DISTINCT json_extract_scalar(requestparameters, '$.secretId')) >= 20
ORDER BY secrets DESC;
-- END Q2

-- Q3: IAM persistence
SELECT eventtime, useridentity.arn, eventname, requestparameters, sourceipaddress
FROM {{table}}
WHERE eventsource = 'iam.amazonaws.com'
  AND eventname IN ('CreateUser', 'CreateAccessKey', 'CreateLoginProfile', 'AttachUserPolicy', 'PutUserPolicy')
  AND from_iso8601_timestamp(eventtime) > current_timestamp - interval '7' day
ORDER BY eventtime;
-- END Q3

-- Q4: logging / detection tampering
SELECT eventtime, useridentity.arn, eventsource, eventname, awsregion, sourceipaddress
FROM {{table}}
WHERE eventname IN ('StopLogging', 'DeleteTrail', 'UpdateTrail', 'PutEventSelectors', 'DeleteDetector', 'DisableSecurityHub', 'DeleteFlowLogs')
ORDER BY eventtime DESC
LIMIT 200;
-- END Q4

-- Q5: public bucket policy / ACL
SELECT eventtime, useridentity.arn, json_extract_scalar(requestparameters, '$.bucketName') AS bucket, requestparameters
FROM {{table}}
WHERE eventsource = 's3.amazonaws.com' AND eventname IN ('PutBucketPolicy', 'PutBucketAcl', 'DeletePublicAccessBlock')
  AND (requestparameters LIKE '%"Principal":"*"%' OR requestparameters LIKE '%AllUsers%' OR eventname = 'DeletePublicAccessBlock')
ORDER BY eventtime DESC;
-- END Q5

-- Q6: activity in unused regions
SELECT awsregion, eventname, count(*) AS n, array_agg(DISTINCT useridentity.arn) AS principals
FROM {{table}}
WHERE awsregion NOT IN ('eu-west-1', 'eu-central-1', 'us-east-1')
  AND from_iso8601_timestamp(eventtime) > current_timestamp - interval '7' day
  AND readonly = 'false'
GROUP BY 1, 2
ORDER BY n DESC;
-- END Q6
