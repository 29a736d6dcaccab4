-- Version 4: reserved. Issue 11 (values) brings the real migration 0004 on its own branch; this
-- placeholder keeps the numbers of this branch 1..N without a gap so that migration 0005 (claims:
-- parts, claimant, type, appearances) can be tested. When both branches are merged, this file and
-- its line in store::MIGRATIONS give way to the values migration: 0005 does not depend on it
-- (it touches only the claims and events tables).
SELECT 1;
