-- The SMEs of the opening rush: :smes companies that can apply, each with a user account (the password of the demo
-- SME, demo1234!) and a complete draft in every open programme, ready to be submitted: the amount is the
-- programme's smallest loan, a one-page PDF is attached, the company is a first-tier partner of each of the
-- programme's funders and works in an industry the programme accepts. Nothing else differs from an SME that
-- prepared its application through the pages the day before the programme opened.
--
--   psql -v smes=4000 -f rush.sql
--
-- Writes the accounts to the table bench_rush_account (username, application ids) for the load driver.

\set ON_ERROR_STOP on
\timing on

select setseed(0.0309);

-- valid business registration numbers that no company uses yet: check digit by the weights 1 3 7 1 3 7 1 3 5 (plus
-- the tens of the ninth digit × 5), and neither tax office code 000 nor kind code 00, which no office issues
create temp table rush_candidate as
select n, body || ((10 - (sum_of_digits + (substr(body, 9, 1)::int * 5) / 10) % 10) % 10)::text as business_number
from (
    select n, body,
           (select sum(substr(body, k, 1)::int * (array[1, 3, 7, 1, 3, 7, 1, 3, 5])[k]) from generate_series(1, 9) k)
               as sum_of_digits
    from (select n, (801100000 + n * 37)::text as body from generate_series(1, :smes * 2) n) numbered
) weighed;

create table bench_rush_company as
select row_number() over (order by n) as c, business_number, null::bigint as organisation_id
from rush_candidate k
where not exists (select 1 from organisation o where o.code = k.business_number)
  and not exists (select 1 from company_profile p where p.business_registration_number = k.business_number)
order by n
limit :smes;

insert into organisation (kind, code, name_ko, name_en)
select 'SME', business_number, '(주)러시' || c, 'Rush ' || c || ' Co., Ltd.' from bench_rush_company;

update bench_rush_company k set organisation_id = o.id from organisation o where o.code = k.business_number;

-- an industry every open programme accepts (no list means every industry)
select coalesce((select i.section from programme_industry i join programme p on p.id = i.programme_id
                 where p.status = 'OPEN' group by i.section
                 having count(*) = (select count(*) from programme p2 where p2.status = 'OPEN'
                                    and exists (select 1 from programme_industry i2 where i2.programme_id = p2.id))
                 order by i.section limit 1), 'C') as industry \gset

insert into company_profile (organisation_id, business_registration_number, name_ko, name_en, representative_name,
                             industry_section, region, employees, annual_revenue_won, founded_on, phone, email)
select organisation_id, business_number, '(주)러시' || c, 'Rush ' || c || ' Co., Ltd.', '김대표', :'industry',
       (array['SEOUL', 'GYEONGGI', 'BUSAN', 'DAEGU', 'ULSAN', 'GYEONGNAM'])[1 + floor(random() * 6)::int],
       10 + floor(random() * 200)::int, 1000000000 * (1 + floor(random() * 30)::bigint), date '2005-03-02',
       '02-555-' || lpad((c % 10000)::text, 4, '0'), 'rush-' || business_number || '@bench.example'
from bench_rush_company;

insert into partner (funder_code, business_number, company_name, tier, created_by, updated_by)
select distinct f.funder_code, k.business_number, '(주)러시' || k.c, 1, 'bench', 'bench'
from bench_rush_company k
cross join programme_funder f
join programme p on p.id = f.programme_id and p.status = 'OPEN'
on conflict do nothing;

-- signing in with their address, as SMEs that sign up do: each submission is mailed to them too
insert into user_account (username, email, password_hash, display_name, role, organisation_id)
select 'rush-' || business_number || '@bench.example', 'rush-' || business_number || '@bench.example',
       (select password_hash from user_account where username = 'sme.demo'), '김대표', 'SME_APPLICANT', organisation_id
from bench_rush_company;

insert into guarantee_application (programme_code, organisation_id, business_number, company_name, status, amount_won,
                                   purpose, term_months, bank_code, business_plan, created_at, updated_at)
select p.code, k.organisation_id, k.business_number, '(주)러시' || k.c, 'DRAFT', greatest(p.min_loan_won, 10000000),
       'WORKING_CAPITAL', least(12, p.max_term_months),
       (select b.bank_code from programme_bank b where b.programme_id = p.id order by b.bank_code limit 1),
       '신규 수주 물량 대응을 위한 원자재 구매 자금', now() - interval '1 day', now() - interval '1 day'
from bench_rush_company k
cross join programme p
where p.status = 'OPEN';

insert into application_document (application_id, file_name, media_type, size_bytes, sha256, content, uploaded_by)
select a.id, '사업계획서.pdf', 'application/pdf', length(pdf.content), encode(sha256(pdf.content), 'hex'), pdf.content,
       'rush-' || a.business_number || '@bench.example'
from guarantee_application a
join bench_rush_company k on k.organisation_id = a.organisation_id
cross join (select convert_to('%PDF-1.4' || chr(10) || '1 0 obj << /Type /Catalog >> endobj' || chr(10)
                              || 'trailer << /Root 1 0 R >>' || chr(10) || '%%EOF', 'UTF8') as content) pdf;

-- every document the draft's agreement requires, in its slot, issued today in Seoul
insert into application_document (application_id, file_name, media_type, size_bytes, sha256, content, uploaded_by,
                                  document_type, issued_on)
select a.id, lower(r.document_type) || '.pdf', 'application/pdf', length(pdf.content), encode(sha256(pdf.content), 'hex'),
       pdf.content, 'rush-' || a.business_number || '@bench.example', r.document_type,
       (now() at time zone 'Asia/Seoul')::date
from guarantee_application a
join bench_rush_company k on k.organisation_id = a.organisation_id
join agreement_document_requirement r on r.agreement_code = a.agreement_code and r.required
join document_type t on t.code = r.document_type and not t.from_funder
cross join (select convert_to('%PDF-1.4' || chr(10) || '1 0 obj << /Type /Catalog >> endobj' || chr(10)
                              || 'trailer << /Root 1 0 R >>' || chr(10) || '%%EOF', 'UTF8') as content) pdf;

create table bench_rush_account as
select 'rush-' || k.business_number || '@bench.example' as username,
       string_agg(a.id::text, ' ' order by a.programme_code) as drafts
from bench_rush_company k
join guarantee_application a on a.organisation_id = k.organisation_id and a.status = 'DRAFT'
group by k.business_number;

analyze organisation;
analyze company_profile;
analyze partner;
analyze user_account;
analyze guarantee_application;
analyze application_document;

select count(*) as rush_accounts, sum(array_length(string_to_array(drafts, ' '), 1)) as rush_drafts
from bench_rush_account;
