-- The 1.3조 원 Hyundai·Kia·Woori·KB programme is carried by three agreements: KODIT's for partner SMEs in general,
-- KIBO's for technology firms and K-SURE's for exporters. The split of the capacity is illustrative (the public
-- announcement names the total, not the agencies' shares): 9,000억 원 KODIT, 2,500억 원 KIBO, 1,500억 원 K-SURE,
-- 1,300,000,000,000 won in all. KODIT's agreement gives up 4,000억 원 by a ledger entry, which the two new
-- agreements take up by their first entries, so that each agreement's capacity stays the sum of its ledger entries.
-- Banks, funders, caps and ratios of the KIBO and K-SURE agreements are illustrative too.

INSERT INTO programme_agency (programme_id, agency_code, lead)
SELECT p.id, a.agency_code, FALSE
FROM programme p
JOIN (VALUES ('KIBO'), ('K-SURE')) AS a (agency_code) ON TRUE
WHERE p.code = 'HMG-KB-WOORI'
ON CONFLICT DO NOTHING;

UPDATE agreement a SET capacity_won = a.capacity_won - 400000000000, updated_at = now()
FROM programme p
WHERE p.id = a.programme_id AND p.code = 'HMG-KB-WOORI' AND a.agency_code = 'KODIT';

INSERT INTO capacity_ledger_entry (programme_id, agreement_id, kind, amount_won, reason, recorded_by)
SELECT p.id, a.id, 'DECREASE', 400000000000, '협약 분할: 기술보증기금 2,500억 원, 한국무역보험공사 1,500억 원 (예시 배분)',
       'system'
FROM programme p JOIN agreement a ON a.programme_id = p.id
WHERE p.code = 'HMG-KB-WOORI' AND a.agency_code = 'KODIT';

INSERT INTO agreement (programme_id, code, agency_code, position, eligibility, max_loan_won, max_loan_lower_tier_won,
                       guarantee_ratio_percent, capacity_won)
SELECT p.id, 'HMG-KB-WOORI-' || n.agency_code, n.agency_code, n.position, n.eligibility, n.max_loan_won,
       n.max_loan_lower_tier_won, n.ratio, n.capacity_won
FROM programme p
JOIN (VALUES ('KIBO', 2, 'TECHNOLOGY', 3000000000, 2000000000, 100, 250000000000),
             ('K-SURE', 3, 'EXPORTER', 3000000000, 1500000000, 95, 150000000000))
     AS n (agency_code, position, eligibility, max_loan_won, max_loan_lower_tier_won, ratio, capacity_won) ON TRUE
WHERE p.code = 'HMG-KB-WOORI';

INSERT INTO capacity_ledger_entry (programme_id, agreement_id, kind, amount_won, reason, recorded_by)
SELECT p.id, a.id, 'INITIAL', a.capacity_won, '협약 분할 (예시 배분)', 'system'
FROM programme p JOIN agreement a ON a.programme_id = p.id
WHERE p.code = 'HMG-KB-WOORI' AND a.agency_code IN ('KIBO', 'K-SURE');

INSERT INTO agreement_bank (agreement_id, bank_code)
SELECT a.id, b.bank_code
FROM agreement a
JOIN (VALUES ('HMG-KB-WOORI-KIBO', 'KB'), ('HMG-KB-WOORI-KIBO', 'WOORI'), ('HMG-KB-WOORI-K-SURE', 'WOORI'))
     AS b (agreement_code, bank_code) ON b.agreement_code = a.code;

INSERT INTO agreement_funder (agreement_id, funder_code, position)
SELECT a.id, f.funder_code, f.position
FROM agreement a
JOIN (VALUES ('HMG-KB-WOORI-KIBO', 'HYUNDAI', 1), ('HMG-KB-WOORI-KIBO', 'KB', 2),
             ('HMG-KB-WOORI-K-SURE', 'KIA', 1), ('HMG-KB-WOORI-K-SURE', 'WOORI', 2))
     AS f (agreement_code, funder_code, position) ON f.agreement_code = a.code;

UPDATE programme SET
    description_ko = '현대자동차·기아와 우리은행·KB국민은행이 출연하고 신용보증기금·기술보증기금·한국무역보험공사가 각자의 협약으로 보증하여 협력사에 대출을 공급합니다. 협약별 한도 배분(9,000억·2,500억·1,500억 원)은 예시입니다.',
    description_en = 'Hyundai Motor, Kia, Woori Bank and KB Kookmin Bank contribute; KODIT, KIBO and K-SURE each guarantee bank loans to their partner SMEs under an agreement of their own. The split of the capacity between the agreements (900, 250 and 150 billion won) is illustrative.'
WHERE code = 'HMG-KB-WOORI';
