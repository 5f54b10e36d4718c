"""E-mail alerts: subscriptions with double opt-in, sent by the worker, one-click unsubscribe."""
