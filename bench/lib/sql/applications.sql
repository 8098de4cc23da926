-- Generated guarantee applications for the benchmarks: :companies SME companies (an organisation and a company
-- profile each) and :applications applications across the three programmes, submitted in receipt order over 2026
-- up to now. Older applications are decided; of the most recent ones (the last 6 %, fewer if there are fewer
-- companies) most still wait for the agency. Those recent ones belong to distinct companies, as a company has
-- at most one pending application per programme. Applicants carry a head count and, six in ten, a partner tier with
-- one of the programme's funders. Approved applications have their guarantee, loan, payments (one loan in fifty with
-- a reversed payment) and capacity reservation, so that the dashboard counts real figures. The same variables give
-- the same data (setseed).
--
--   psql -v companies=100000 -v applications=1000000 -f applications.sql
--
-- The secondary indexes of guarantee_application are dropped during the load and built again afterwards from
-- their own definitions, as building an index once is much faster than keeping it up to date row by row.

\set ON_ERROR_STOP on
\timing on

set work_mem = '256MB';
select setseed(0.2026);

-- Companies ------------------------------------------------------------------------------------------------------

create temp table bench_company_candidate as
select c,
       -- a permutation of 1 … 9e9 (the multiplier is prime to 9e9): distinct ten-digit numbers, spread out
       (1000000000 + (c::bigint * 2654435761) % 9000000000)::text as business_number,
       (array['', '', '', '', '', '(주)', '(주)', '(주)', '(주)', '주식회사 '])[1 + floor(random() * 10)::int]
       || (array['한', '대', '동', '세', '삼', '우', '성', '태', '금', '신', '영', '진', '일', '광', '서', '미',
                 '청', '정', '현', '경', '보', '유', '창', '화'])[1 + floor(random() * 24)::int]
       || (array['빛', '성', '양', '진', '화', '림', '우', '광', '강', '일', '원', '흥', '도', '신', '영', '명',
                 '산', '호', '주', '민', '안', '선', '전', '운'])[1 + floor(random() * 24)::int]
       || (array['정밀', '산업', '금속', '전자', '테크', '화학', '기계', '소재', '부품', '물산', '엔지니어링',
                 '오토텍', '하이텍', '케미칼', '플라스틱', '이앤씨', '모터스', '스틸', '로지스', '시스템'])
          [1 + floor(random() * 20)::int] as name_ko,
       (array['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황',
              '안', '송', '류', '홍'])[1 + floor(random() * 20)::int]
       || (array['민', '서', '지', '현', '영', '성', '준', '수', '은', '재', '동', '경', '상', '혜', '태', '승'])
          [1 + floor(random() * 16)::int]
       || (array['호', '연', '우', '희', '진', '철', '숙', '훈', '아', '규', '민', '석', '윤', '원', '란', '기'])
          [1 + floor(random() * 16)::int] as representative_name,
       -- about as many companies per region and industry as in Korea: the capital area and manufacturing lead
       (array['SEOUL', 'SEOUL', 'SEOUL', 'SEOUL', 'SEOUL', 'SEOUL', 'SEOUL', 'SEOUL',
              'GYEONGGI', 'GYEONGGI', 'GYEONGGI', 'GYEONGGI', 'GYEONGGI', 'GYEONGGI', 'GYEONGGI', 'GYEONGGI',
              'GYEONGGI', 'GYEONGGI', 'INCHEON', 'INCHEON', 'BUSAN', 'BUSAN', 'BUSAN', 'DAEGU', 'DAEGU',
              'GYEONGNAM', 'GYEONGNAM', 'GYEONGNAM', 'GYEONGBUK', 'GYEONGBUK', 'ULSAN', 'CHUNGNAM', 'CHUNGNAM',
              'CHUNGBUK', 'DAEJEON', 'GWANGJU', 'JEONBUK', 'JEONNAM', 'GANGWON', 'SEJONG', 'JEJU'])
          [1 + floor(random() * 41)::int] as region,
       (array['C', 'C', 'C', 'C', 'C', 'C', 'C', 'C', 'C', 'G', 'G', 'G', 'F', 'F', 'J', 'J', 'M', 'M', 'H',
              'E', 'D', 'B', 'A', 'N', 'L', 'K', 'I', 'P', 'Q', 'R', 'S'])[1 + floor(random() * 31)::int]
          as industry_section
from generate_series(1, :companies) c;

-- numbers that demo companies or partner lists already use are left out
create temp table bench_company as
select row_number() over (order by c) as c, business_number, name_ko, representative_name, region,
       industry_section, null::bigint as organisation_id
from bench_company_candidate k
where not exists (select 1 from organisation o where o.code = k.business_number)
  and not exists (select 1 from company_profile p where p.business_registration_number = k.business_number);
create unique index on bench_company (c);

insert into organisation (kind, code, name_ko, name_en)
select 'SME', business_number, name_ko, 'SME ' || business_number from bench_company;

update bench_company k set organisation_id = o.id from organisation o where o.code = k.business_number;

insert into company_profile (organisation_id, business_registration_number, name_ko, name_en, representative_name,
                             industry_section, region, employees, annual_revenue_won, founded_on, phone, email)
select organisation_id, business_number, name_ko, 'SME ' || business_number, representative_name,
       industry_section, region, 3 + floor(random() * random() * 300)::int,
       100000000 * (1 + floor(random() * random() * 500)::bigint),
       date '1975-01-01' + floor(random() * 17000)::int,
       '0' || (31 + floor(random() * 25)::int) || '-' || (200 + floor(random() * 800)::int) || '-'
           || lpad(floor(random() * 10000)::int::text, 4, '0'),
       'contact-' || business_number || '@example.kr'
from bench_company;

-- The counts of applications per programme and status (V17) and the dashboard's (V19) are made once after the load
-- rather than row by row: their triggers are off meanwhile. (Counted row by row, a million applications leave the
-- counters' tables hundreds of megabytes large with a few dozen rows in them, which no running system has.)
create temp table bench_trigger as
select c.relname as table_name, t.tgname as trigger_name
from pg_trigger t join pg_class c on c.oid = t.tgrelid
where (t.tgname like '%\_dashboard\_%' escape '\'
       or t.tgname in ('guarantee_application_counted', 'guarantee_application_recounted'))
  and not t.tgisinternal;

do $$
declare
    candidate record;
begin
    for candidate in select table_name, trigger_name from bench_trigger loop
        execute format('alter table %I disable trigger %I', candidate.table_name, candidate.trigger_name);
    end loop;
end
$$;

-- Applications ---------------------------------------------------------------------------------------------------

create temp table bench_index as
select indexname, indexdef
from pg_indexes
where schemaname = 'public' and tablename = 'guarantee_application'
  and indexname not in (select conname from pg_constraint where conrelid = 'guarantee_application'::regclass);

do $$
declare
    candidate record;
begin
    for candidate in select indexname from bench_index loop
        execute format('drop index %I', candidate.indexname);
    end loop;
end
$$;

select nextval('application_receipt_seq') as receipt_base \gset
select count(*) as company_count from bench_company \gset
select least(ceil(:applications * 0.06), :company_count)::int as recent_count \gset
select extract(epoch from timestamptz '2026-01-02 09:00+09') as first_epoch,
       extract(epoch from least(now() - interval '1 hour', timestamptz '2026-12-31 18:00+09')) as last_epoch \gset

insert into guarantee_application (programme_code, organisation_id, business_number, company_name, status,
                                   amount_won, approved_won, purpose, term_months, bank_code, business_plan,
                                   receipt_number, submitted_at, decided_at, created_at, updated_at, region,
                                   industry_section, representative_name, assignee, assigned_at, last_action_at,
                                   employees, partner_funder_code, partner_tier)
select programme_code, organisation_id, business_number, name_ko, status, amount_won,
       case when status in ('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED')
            then greatest(10000000, amount_won - 10000000 * floor(r_approved * amount_won / 10000000 * 0.3)::bigint)
       end,
       purpose, term_months, bank_code, business_plan,
       case when status <> 'DRAFT' then :receipt_base + i end,
       case when status <> 'DRAFT' then at end,
       decided_at,
       at - interval '1 hour' * (1 + r_created * 71),
       coalesce(decided_at, assigned_at, at),
       region, industry_section, representative_name, assignee, assigned_at,
       case when status <> 'DRAFT' then coalesce(decided_at, assigned_at, at) end,
       case when status <> 'DRAFT' then 3 + floor(r_amount * r_term * 300)::int end,
       -- about 60 % of the applicants are partners of one of the programme's funders, mostly at tier 1
       case when status <> 'DRAFT' and r_partner < 0.6 then
            case when programme_code = 'HMG-KB-WOORI'
                 then (array['HYUNDAI', 'KIA', 'WOORI', 'KB'])[1 + floor(r_partner / 0.6 * 4)::int]
                 when programme_code = 'POSCOINTL-KODIT' then 'POSCOINTL' else 'POSCO' end
       end,
       case when status <> 'DRAFT' and r_partner < 0.6 then (array[1, 1, 1, 2, 2, 3])[1 + floor(r_tier * 6)::int] end
from (
    select g.*,
           case when status in ('APPROVED', 'REJECTED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED')
                then least(at + interval '1 day' * (1 + r_decided * 20), now() - interval '1 minute')
           end as decided_at,
           case when assignee is not null
                then least(at + interval '1 hour' * (1 + r_assigned * 47), now() - interval '2 minutes')
           end as assigned_at
    from (
        select s.*,
               case when status in ('DRAFT', 'SUBMITTED') or (status = 'WITHDRAWN' and r_assignee < 0.5) then null
                    when programme_code = 'POSCO-IBK-KSURE'
                        then 'ksure.reviewer' || coalesce(nullif(lpad((floor(r_assignee * 1000)::int % 15)::text, 2, '0'), '00'), '')
                    else 'kodit.reviewer' || coalesce(nullif(lpad((floor(r_assignee * 1000)::int % 40)::text, 2, '0'), '00'), '')
               end as assignee
        from (
            select t.*, k.organisation_id, k.business_number, k.name_ko, k.region, k.industry_section,
                   k.representative_name,
                   case when i > :applications - :recent_count then
                            case when r_status < 0.05 then 'DRAFT'
                                 when r_status < 0.30 then 'SUBMITTED'
                                 when r_status < 0.55 then 'UNDER_REVIEW'
                                 when r_status < 0.63 then 'INFO_REQUESTED'
                                 when r_status < 0.67 then 'RECOMMENDED'
                                 when r_status < 0.77 then 'REJECTED'
                                 when r_status < 0.80 then 'WITHDRAWN'
                                 else 'APPROVED' end
                        else
                            case when r_status < 0.03 then 'APPROVED'
                                 when r_status < 0.06 then 'DISBURSING'
                                 when r_status < 0.51 then 'ACTIVE'
                                 when r_status < 0.63 then 'REPAID'
                                 when r_status < 0.64 then 'DEFAULTED'
                                 when r_status < 0.66 then 'CANCELLED'
                                 when r_status < 0.90 then 'REJECTED'
                                 else 'WITHDRAWN' end
                   end as status,
                   case when r_programme < 0.55 then 'HMG-KB-WOORI'
                        when r_programme < 0.70 then 'POSCOINTL-KODIT'
                        else 'POSCO-IBK-KSURE' end as programme_code,
                   case when r_programme < 0.55 then (array['WOORI', 'KB'])[1 + floor(r_bank * 2)::int]
                        when r_programme < 0.70 then (array['WOORI', 'IBK'])[1 + floor(r_bank * 2)::int]
                        else 'IBK' end as bank_code,
                   -- 50 million to 3 billion won in steps of 10 million, smaller amounts more often
                   10000000 * (5 + floor(295 * r_amount * r_amount)::bigint) as amount_won,
                   case when r_purpose < 0.6 then 'WORKING_CAPITAL' when r_purpose < 0.85 then 'FACILITIES'
                        else 'EXPORT' end as purpose,
                   (array[12, 24, 36, 36, 60])[1 + floor(r_term * 5)::int] as term_months,
                   (array['원자재 가격 상승에 대비한 원자재 선구매 자금', '생산 라인 자동화 설비 도입',
                          '신규 수주 물량 대응을 위한 운전자금', '수출 물량 확대에 따른 물류·원자재 자금',
                          '노후 금형 교체 및 품질 설비 보강'])[1 + floor(r_purpose * 5)::int] as business_plan,
                   -- in receipt order, evenly over the period
                   to_timestamp(:first_epoch + (i - 1 + r_jitter * 0.9) * (:last_epoch - :first_epoch) / :applications) as at
            from (
                select i, random() as r_status, random() as r_programme, random() as r_bank, random() as r_amount,
                       random() as r_purpose, random() as r_term, random() as r_jitter, random() as r_created,
                       random() as r_decided, random() as r_assigned, random() as r_assignee, random() as r_approved,
                       random() as r_partner, random() as r_tier
                from generate_series(1, :applications) i
                offset 0
            ) t
            join bench_company k on k.c = (t.i - 1) % :company_count + 1
            offset 0
        ) s
        offset 0
    ) g
    offset 0
) a
order by i;

select setval('application_receipt_seq', :receipt_base + :applications);

-- Guarantees, loans, payments and capacity reservations of the approved applications -----------------------------
-- Issued when decided; paid out from the day of issue to three weeks later in one payment (half of it while still
-- disbursing); one loan in fifty had a mistaken payment that was reversed and paid again.

create temp table bench_loan as
select a.id, a.programme_code,
       case when a.programme_code = 'POSCO-IBK-KSURE' then 'K-SURE' else 'KODIT' end as agency_code,
       a.bank_code, a.organisation_id, a.business_number, a.company_name, a.approved_won, a.term_months,
       a.status, a.decided_at as issued_at,
       case when a.status in ('ACTIVE', 'REPAID', 'DEFAULTED') then a.approved_won
            when a.status = 'DISBURSING' then greatest(10000000, a.approved_won / 20000000 * 10000000)
            else 0 end as disbursed_won,
       least((a.decided_at at time zone 'Asia/Seoul')::date + floor(random() * 21)::int,
             (now() at time zone 'Asia/Seoul')::date) as paid_on,
       random() < 0.02 as corrected,
       row_number() over (partition by a.programme_code order by a.id) as n
from guarantee_application a
where a.status in ('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED')
  and a.decided_at is not null and a.receipt_number > :receipt_base;

insert into guarantee (guarantee_number, application_id, programme_code, agency_code, bank_code, organisation_id,
                       business_number, company_name, loan_won, guarantee_ratio_percent, guaranteed_won, fee_percent,
                       yearly_fee_won, term_months, valid_from, valid_until, approved_by, issued_at)
select agency_code || '-B' || programme_code || '-' || n, id, programme_code, agency_code, bank_code,
       organisation_id, business_number, company_name, approved_won, 85, approved_won * 85 / 100, 1,
       approved_won / 100, term_months, (issued_at at time zone 'Asia/Seoul')::date,
       (issued_at at time zone 'Asia/Seoul')::date + term_months * 30, 'kodit.approver', issued_at
from bench_loan;

insert into loan (application_id, guarantee_number, programme_code, agency_code, bank_code, organisation_id,
                  business_number, company_name, approved_won, guarantee_ratio_percent, disbursed_won, status,
                  issued_at, first_disbursed_at, closed_at, updated_at)
select id, agency_code || '-B' || programme_code || '-' || n, programme_code, agency_code, bank_code,
       organisation_id, business_number, company_name, approved_won, 85, disbursed_won,
       case when status = 'ACTIVE' and disbursed_won < approved_won then 'DISBURSING' else status end, issued_at,
       case when disbursed_won > 0 then greatest(issued_at, paid_on::timestamp at time zone 'Asia/Seoul') end,
       case when status in ('REPAID', 'CANCELLED', 'DEFAULTED') then issued_at + interval '180 days' end,
       issued_at
from bench_loan;

insert into disbursement (application_id, kind, amount_won, disbursed_on, reference, recorded_by, channel, recorded_at)
select id, 'PAYMENT', disbursed_won, paid_on, 'B-' || id || '-0', 'bank.officer', 'API',
       greatest(issued_at, paid_on::timestamp at time zone 'Asia/Seoul')
from bench_loan where corrected and disbursed_won > 0;

insert into disbursement (application_id, kind, amount_won, disbursed_on, reference, reverses_id, reason, recorded_by,
                          channel, recorded_at)
select application_id, 'REVERSAL', amount_won, disbursed_on, reference, id, '금액 오입력', 'bank.officer', 'API',
       recorded_at + interval '1 hour'
from disbursement where reference like 'B-%-0';

insert into disbursement (application_id, kind, amount_won, disbursed_on, reference, recorded_by, channel, recorded_at)
select id, 'PAYMENT', disbursed_won, paid_on, 'B-' || id || '-1', 'bank.officer', 'API',
       greatest(issued_at, paid_on::timestamp at time zone 'Asia/Seoul') + interval '2 hours'
from bench_loan where disbursed_won > 0;

insert into capacity_reservation (application_id, programme_id, agreement_id, reserved_won, loan_won, guarantee_won,
                                  consumed_won, reserved_at, released_at)
select l.id, p.id, ag.id, l.approved_won, l.approved_won, floor(l.approved_won * ag.guarantee_ratio_percent / 100),
       l.disbursed_won, l.issued_at,
       case when l.status in ('REPAID', 'CANCELLED') then l.issued_at + interval '180 days' end
from bench_loan l join programme p on p.code = l.programme_code
join guarantee_application a on a.id = l.id join agreement ag on ag.code = a.agreement_code;

-- the counts per programme and status got a row per generated application; fold them as the application does
with folded as (delete from submitted_application_count
                returning programme_code, agreement_code, status, applications, requested_won)
insert into submitted_application_count (programme_code, agreement_code, status, applications, requested_won)
select programme_code, agreement_code, status, sum(applications), sum(requested_won) from folded
group by programme_code, agreement_code, status having sum(applications) <> 0;

do $$
declare
    candidate record;
begin
    for candidate in select indexname, indexdef from bench_index loop
        raise notice 'building %', candidate.indexname;
        execute candidate.indexdef;
    end loop;
end
$$;

vacuum analyze organisation;
vacuum analyze company_profile;
vacuum analyze guarantee_application;
vacuum analyze guarantee;
vacuum analyze loan;
vacuum analyze disbursement;
vacuum analyze capacity_reservation;

-- the dashboard's counts, once the tables are indexed and analysed
do $$
declare
    candidate record;
begin
    for candidate in select table_name, trigger_name from bench_trigger loop
        execute format('alter table %I enable trigger %I', candidate.table_name, candidate.trigger_name);
    end loop;
    if to_regproc('recount_dashboard') is not null then
        perform recount_dashboard();
    end if;
    delete from submitted_application_count;
    insert into submitted_application_count (programme_code, agreement_code, status, applications, requested_won)
    select programme_code, agreement_code, status, count(*), sum(amount_won) from guarantee_application
    where receipt_number is not null group by programme_code, agreement_code, status;
end
$$;
do $$
begin
    if to_regclass('breakdown_count') is not null then
        analyze breakdown_count;
        analyze company_count;
        analyze company_reach;
        analyze first_payment_days;
        analyze first_payment_total;
        analyze submitted_application_count;
    end if;
end
$$;

select status, count(*) as applications, round(100.0 * count(*) / sum(count(*)) over (), 2) as percent
from guarantee_application group by status order by 2 desc;
