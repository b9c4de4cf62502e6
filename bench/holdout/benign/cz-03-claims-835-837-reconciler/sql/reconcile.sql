-- Reconcile 837 submissions against 835 remittances.
-- Selects surrogate patient_key only; no direct identifiers.
with submitted as (
    select c.claim_control_number,
           c.patient_key,
           c.payer_id,
           c.service_date_from,
           c.total_charge
    from rcm.claim_837 c
    where c.service_date_from between '&start_date' and '&end_date'
),
remit as (
    select r.claim_control_number,
           sum(case when r.claim_status_code = '22' then -r.paid_amount else r.paid_amount end) as paid,
           sum(case when a.group_code = 'PR' then a.adj_amount else 0 end)                       as patient_resp,
           max(case when a.group_code = 'CO' and r.paid_amount = 0 then 1 else 0 end)            as denied_flag,
           max(r.check_date)                                                                    as last_remit
    from rcm.remit_835_claim r
    left join rcm.remit_835_adjustment a using (remit_claim_id)
    group by r.claim_control_number
)
select s.claim_control_number,
       s.patient_key,
       s.payer_id,
       s.service_date_from,
       s.total_charge,
       coalesce(r.paid, 0)          as paid,
       coalesce(r.patient_resp, 0)  as patient_resp,
       cr.expected_amount,
       case
           when r.claim_control_number is null                       then 'NO_REMIT'
           when r.denied_flag = 1                                     then 'DENIED'
           when cr.expected_amount is null                            then 'UNDERPAID_UNKNOWN'
           when r.paid + r.patient_resp >= cr.expected_amount - 0.01  then
                case when r.patient_resp > 0 then 'PATIENT_RESP' else 'PAID_FULL' end
           else 'UNDERPAID'
       end as recon_status,
       datediff('day', s.service_date_from, current_date) as age_days
from submitted s
left join remit r using (claim_control_number)
left join rcm.contract_rates cr
       on cr.claim_control_number = s.claim_control_number
order by recon_status, age_days desc;
