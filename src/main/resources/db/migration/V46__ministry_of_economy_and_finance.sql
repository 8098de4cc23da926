-- Since 2 January 2026 the ministry that was 기획재정부 is called 재정경제부; its English name stays.
UPDATE organisation SET name_ko = '재정경제부' WHERE code = 'MOEF' AND kind = 'MINISTRY';
