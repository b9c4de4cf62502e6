-- Back-test one rule's shadow score against labelled outcomes.
with scored as (
    select t.txn_id, t.amount_usd, t.is_fraud, t.customer_tenure_days, t.ip_country,
           r.fired
    from risk.txn_labelled t
    join risk.rule_replay('&rule_id', '&start', '&end') r using (txn_id)   -- replays rule on stored features
    where t.txn_ts between '&start' and '&end'
)
select
    count_if(fired)                                                   as flagged,
    count_if(fired and is_fraud)                                      as true_pos,
    count_if(fired and not is_fraud)                                  as false_pos,
    count_if(not fired and is_fraud)                                  as false_neg,
    true_pos / nullif(flagged, 0)                                     as precision,
    true_pos / nullif(true_pos + false_neg, 0)                        as recall,
    sum(iff(fired and is_fraud, amount_usd, 0))                       as fraud_usd_caught,
    false_pos / nullif(datediff('day', '&start', '&end'), 0)          as good_declines_per_day,
    count_if(fired and not is_fraud and customer_tenure_days < 30)    as fp_new_customers
from scored;
