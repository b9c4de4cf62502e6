-- Athena (Trino) hunts over security_lake.cloudtrail_org. Replace :start_dt / :end_dt.

-- H1 Defence evasion: logging / detection disabled
SELECT eventtime, account, awsregion, eventname, useridentity.arn AS actor, sourceipaddress, useragent, errorcode
FROM security_lake.cloudtrail_org
WHERE dt BETWEEN ':start_dt' AND ':end_dt'
  AND eventname IN ('StopLogging','DeleteTrail','UpdateTrail','PutEventSelectors',
                    'DeleteDetector','DisassociateFromMasterAccount','DeleteFlowLogs',
                    'DeleteConfigurationRecorder','StopConfigurationRecorder')
ORDER BY eventtime;

-- H2 Persistence: access keys created for a different user
SELECT eventtime, account, useridentity.arn AS actor,
       json_extract_scalar(requestparameters, '$.userName') AS target_user, sourceipaddress
FROM security_lake.cloudtrail_org
WHERE dt BETWEEN ':start_dt' AND ':end_dt'
  AND eventname = 'CreateAccessKey'
  AND json_extract_scalar(requestparameters, '$.userName') IS NOT NULL
  AND json_extract_scalar(requestparameters, '$.userName') <> element_at(split(useridentity.arn, '/'), -1)
ORDER BY eventtime;

-- H3 Console logins without MFA
SELECT eventtime, account, useridentity.arn, sourceipaddress,
       json_extract_scalar(additionaleventdata, '$.MFAUsed') AS mfa,
       json_extract_scalar(responseelements, '$.ConsoleLogin') AS result
FROM security_lake.cloudtrail_org
WHERE dt BETWEEN ':start_dt' AND ':end_dt'
  AND eventname = 'ConsoleLogin'
  AND json_extract_scalar(additionaleventdata, '$.MFAUsed') = 'No'
ORDER BY eventtime;

-- H4 Privilege escalation: admin policy attached / inline wildcard policy
SELECT eventtime, account, eventname, useridentity.arn AS actor, requestparameters
FROM security_lake.cloudtrail_org
WHERE dt BETWEEN ':start_dt' AND ':end_dt'
  AND (
        (eventname IN ('AttachUserPolicy','AttachRolePolicy','AttachGroupPolicy')
         AND json_extract_scalar(requestparameters, '$.policyArn') LIKE '%AdministratorAccess')
     OR (eventname IN ('PutUserPolicy','PutRolePolicy') AND requestparameters LIKE '%"Action":"*"%')
     OR eventname = 'UpdateAssumeRolePolicy'
  )
  AND useridentity.arn NOT LIKE '%assumed-role/atlantis-%'
ORDER BY eventtime;

-- H5 Exfiltration: snapshots shared outside the org, public bucket policies
SELECT eventtime, account, eventname, useridentity.arn AS actor, requestparameters
FROM security_lake.cloudtrail_org
WHERE dt BETWEEN ':start_dt' AND ':end_dt'
  AND (
        (eventname IN ('ModifySnapshotAttribute','ModifyDBSnapshotAttribute','ModifyDBClusterSnapshotAttribute')
         AND regexp_like(requestparameters, '"(userId|valuesToAdd)"'))
     OR (eventname = 'PutBucketPolicy' AND regexp_like(requestparameters, '"Principal"\s*:\s*("\*"|\{"AWS":"\*"\})'))
     OR (eventname = 'DeleteBucketPublicAccessBlock')
  )
ORDER BY eventtime;

-- H6 All activity for a leaked access key (set the key id from the scanner alert)
SELECT eventtime, account, awsregion, eventsource, eventname, sourceipaddress, useragent, errorcode
FROM security_lake.cloudtrail_org
WHERE dt BETWEEN ':start_dt' AND ':end_dt'
  AND useridentity.accesskeyid = ':access_key_id'
ORDER BY eventtime;
