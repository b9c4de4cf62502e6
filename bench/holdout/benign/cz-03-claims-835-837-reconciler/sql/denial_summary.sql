select a.group_code || '-' || a.carc_code as carc,
       a.rarc_code,
       count(distinct r.claim_control_number)  as claims,
       sum(a.adj_amount)                       as dollars
from rcm.remit_835_adjustment a
join rcm.remit_835_claim r using (remit_claim_id)
where r.check_date between '&start_date' and '&end_date'
  and a.group_code in ('CO', 'OA', 'PI')
group by 1, 2
order by dollars desc
limit 25;
