"""`exkit certify`: everything an exchange owes its users and reviewers, in one report with a verdict."""
