-- A funder's business registration number (사업자등록번호), shown on its yearly contribution statement when known.
-- The numbers seeded for the demo funders are illustrative: they pass the check digit but are not the companies' own.
ALTER TABLE funder ADD COLUMN business_number VARCHAR(10) CHECK (business_number ~ '^[0-9]{10}$');

UPDATE funder SET business_number = v.number
FROM (VALUES ('HYUNDAI', '9018110006'), ('IBK', '9028110071'), ('KB', '9038110147'), ('KIA', '9048110214'),
             ('POSCO', '9058110288'), ('POSCOINTL', '9068110355'), ('WOORI', '9078110421')) AS v (code, number)
WHERE funder.code = v.code;
