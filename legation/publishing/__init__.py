"""Who may change what and when it goes out: roles, workflow, the on-time worker, embargo,
withdrawal."""
