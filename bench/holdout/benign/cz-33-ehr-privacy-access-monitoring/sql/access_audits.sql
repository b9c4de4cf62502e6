-- Parameters: :start, :end

-- 1. Same surname + same address (likely family member)
select a.access_ts, a.user_id, e.department, a.patient_mrn, a.screen_name
from privacy_audit.ehr_access_log a
join privacy_audit.hr_employees e  on e.ehr_user_id = a.user_id
join privacy_audit.patient_demog p on p.mrn = a.patient_mrn
where a.access_ts between :start and :end
  and upper(e.last_name) = upper(p.last_name)
  and upper(regexp_replace(e.address_line1, '[^A-Z0-9]', '')) = upper(regexp_replace(p.address_line1, '[^A-Z0-9]', ''))
  and not exists (select 1 from privacy_audit.care_team ct
                  where ct.mrn = a.patient_mrn and ct.user_id = a.user_id
                    and a.access_ts between ct.start_ts and coalesce(ct.end_ts, current_timestamp));

-- 2. Coworker access (patient is an employee), no encounter link
select a.access_ts, a.user_id, e_acc.department as accessor_dept, a.patient_mrn, e_pt.department as patient_dept
from privacy_audit.ehr_access_log a
join privacy_audit.hr_employees e_acc on e_acc.ehr_user_id = a.user_id
join privacy_audit.hr_employees e_pt  on e_pt.patient_mrn = a.patient_mrn
where a.access_ts between :start and :end
  and e_acc.employee_id <> e_pt.employee_id
  and not exists (select 1 from privacy_audit.encounters en
                  where en.mrn = a.patient_mrn and en.department = e_acc.department
                    and a.access_ts between en.admit_ts - interval '1 day' and coalesce(en.discharge_ts, current_timestamp) + interval '30 day');

-- 3. VIP patients accessed without a care relationship
select a.access_ts, a.user_id, a.patient_mrn, a.screen_name, a.workstation
from privacy_audit.ehr_access_log a
join privacy_audit.vip_patients v on v.mrn = a.patient_mrn
where a.access_ts between :start and :end
  and not exists (select 1 from privacy_audit.care_team ct
                  where ct.mrn = a.patient_mrn and ct.user_id = a.user_id)
order by a.access_ts;

-- 4. No treatment relationship and no action taken
select a.user_id, a.patient_mrn, min(a.access_ts) as first_access, count(*) as views
from privacy_audit.ehr_access_log a
join privacy_audit.hr_employees e on e.ehr_user_id = a.user_id
where a.access_ts between :start and :end
  and e.role_group not in ('HIM', 'BILLING', 'QUALITY', 'PRIVACY')
  and not exists (select 1 from privacy_audit.care_team ct where ct.mrn = a.patient_mrn and ct.user_id = a.user_id)
  and not exists (select 1 from privacy_audit.clinical_actions ca
                  where ca.mrn = a.patient_mrn and ca.user_id = a.user_id
                    and ca.action_ts between a.access_ts - interval '1 day' and a.access_ts + interval '1 day')
group by 1, 2
having count(*) >= 3;

-- 5. Break-the-glass overrides
select btg.event_ts, btg.user_id, btg.patient_mrn, btg.reason_code, btg.reason_text
from privacy_audit.break_glass_events btg
where btg.event_ts between :start and :end
order by btg.event_ts;
