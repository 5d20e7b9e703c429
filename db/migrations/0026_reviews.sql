-- Self-review and rating (Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW, docs/inspections.md): the
-- individual review (Mẫu 2A/2B/2C) lives in the member's rating row — its decided grade is the
-- member's rating, one source of truth for the rating sheet, the awards and the review — and a
-- period is a year or a quarter of it (quarter 0 = the year, 1–4 = a quarter), for members and units.
ALTER TABLE member_ratings ADD COLUMN quarter smallint NOT NULL DEFAULT 0 CHECK (quarter BETWEEN 0 AND 4);
ALTER TABLE member_ratings DROP CONSTRAINT member_ratings_pkey;
ALTER TABLE member_ratings ADD PRIMARY KEY (member_id, year, quarter);
-- Which form the review is written on; the sections of the self-review ({ key: text }).
ALTER TABLE member_ratings ADD COLUMN form text CHECK (form IN ('2A', '2B', '2C'));
ALTER TABLE member_ratings ADD COLUMN sections jsonb;
-- Who proposed (the chi bộ) and who decided (the committee one level up: the account and its unit).
ALTER TABLE member_ratings ADD COLUMN cell_decided_by integer REFERENCES users(id);
ALTER TABLE member_ratings ADD COLUMN committee_decided_by integer REFERENCES users(id);
ALTER TABLE member_ratings ADD COLUMN committee_org_id integer REFERENCES orgs(id);

ALTER TABLE org_ratings ADD COLUMN quarter smallint NOT NULL DEFAULT 0 CHECK (quarter BETWEEN 0 AND 4);
ALTER TABLE org_ratings DROP CONSTRAINT org_ratings_pkey;
ALTER TABLE org_ratings ADD PRIMARY KEY (org_id, year, quarter);
