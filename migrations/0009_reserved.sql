-- reserved for another branch
SELECT 1;
