"""Publishing state changes as small action objects, one `execute()` each (as `wagtail.actions`)."""
