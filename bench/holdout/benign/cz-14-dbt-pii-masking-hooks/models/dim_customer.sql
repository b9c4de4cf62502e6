{{ config(
    materialized='table',
    post_hook=["{{ apply_masking_policies() }}"],
    grants={'select': ['BI_READER']}
) }}

select
    {{ hash_pii('c.email') }}           as customer_hk,
    c.customer_id,
    c.email,
    c.phone_e164,
    c.first_name,
    c.date_of_birth,
    c.country_code,
    c.marketing_consent,
    c.created_at
from {{ ref('stg_shop__customers') }} c
where not c.is_test_account
