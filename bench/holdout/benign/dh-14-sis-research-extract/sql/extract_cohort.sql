-- Approved-fields extract for research requests. Run on the read replica with a read-only role.
-- Usage: psql "$SIS_REPORTING_DSN" -v cohort_year=2024 -f extract_cohort.sql --csv -o raw_extract.csv
SELECT
    s.student_id,
    s.date_of_birth,
    s.gender_code,
    s.home_zip,
    e.school_code,
    sc.school_type,
    e.grade_level,
    s.ell_flag,
    s.sped_flag,
    s.frl_flag,
    a.attendance_rate,
    t.math_scale_score,
    t.ela_scale_score
FROM   rpt.students s
JOIN   rpt.enrollments e   ON e.student_id = s.student_id AND e.school_year = :cohort_year
JOIN   rpt.schools sc      ON sc.school_code = e.school_code
LEFT JOIN rpt.attendance_summary a ON a.student_id = s.student_id AND a.school_year = :cohort_year
LEFT JOIN rpt.state_tests t        ON t.student_id = s.student_id AND t.school_year = :cohort_year
WHERE  e.grade_level BETWEEN 3 AND 8
  AND  s.records_release_optout IS NOT TRUE;
