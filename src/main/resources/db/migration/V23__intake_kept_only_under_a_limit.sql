-- Only a programme with an intake limit keeps the running sum of the amounts awaiting a decision: submissions to a
-- programme without a limit no longer update its row (they ran one at a time behind its lock), and setting a limit
-- counts the sum afresh from the applications. Without a limit the column holds 0.
UPDATE programme SET intake_won = 0 WHERE intake_limit_percent IS NULL;
