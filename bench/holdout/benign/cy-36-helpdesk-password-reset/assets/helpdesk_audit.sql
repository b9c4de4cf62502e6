-- Helpdesk audit table (SQL Server). Stores WHO reset WHAT and HOW they verified — never passwords.
CREATE TABLE dbo.PasswordResetAudit (
    Id              INT IDENTITY(1,1) PRIMARY KEY,
    OccurredAtUtc   DATETIME2(0)  NOT NULL DEFAULT SYSUTCDATETIME(),
    Technician      NVARCHAR(64)  NOT NULL,
    TargetSam       NVARCHAR(64)  NOT NULL,
    Ticket          NVARCHAR(32)  NOT NULL,
    Action          NVARCHAR(16)  NOT NULL CHECK (Action IN ('unlock', 'reset', 'refused')),
    Verification    NVARCHAR(32)  NOT NULL,
    Notes           NVARCHAR(400) NULL
);
CREATE INDEX IX_PasswordResetAudit_Target ON dbo.PasswordResetAudit (TargetSam, OccurredAtUtc DESC);

-- Least privilege: the helpdesk app role can insert and read, not update/delete.
CREATE ROLE helpdesk_writer;
GRANT INSERT, SELECT ON dbo.PasswordResetAudit TO helpdesk_writer;
DENY UPDATE, DELETE ON dbo.PasswordResetAudit TO helpdesk_writer;

-- Weekly review: accounts reset more than twice in 7 days (possible social engineering)
SELECT TargetSam, COUNT(*) AS Resets, STRING_AGG(Technician, ', ') AS Technicians
FROM dbo.PasswordResetAudit
WHERE Action = 'reset' AND OccurredAtUtc > DATEADD(day, -7, SYSUTCDATETIME())
GROUP BY TargetSam
HAVING COUNT(*) > 2
ORDER BY Resets DESC;
