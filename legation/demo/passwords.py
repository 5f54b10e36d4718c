"""The demo accounts' passwords: the known one in dev and test, a strong one anywhere else.

The rule: the known password is allowed where `LEGATION_DEMO_PASSWORD_ALLOWED` says so (true in
the test settings, false in production even if DEBUG is switched on there) and, where it is not
set, only with DEBUG on (the dev settings). Everywhere else the demo gives each new account a
random password, printed once, or the one the environment chose; an account still holding the
known password gets a new one; and a login with the known password is refused
(`legation.core.auth.DemoPasswordRefusalBackend`), so a database built in dev and then served
under production settings does not let `admin` / `legation-demo` in.

Every demo account's password goes through `give_demo_password()`.
"""

import secrets

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import CommandError

DEMO_PASSWORD = "legation-demo"


def demo_password_allowed():
    return getattr(settings, "LEGATION_DEMO_PASSWORD_ALLOWED", settings.DEBUG)


def demo_password(user, chosen=None):
    """The password a demo account gets: the chosen one (validated), the known one, or a new one."""
    if chosen:
        try:
            validate_password(chosen, user)
        except ValidationError as error:
            raise CommandError(
                f"The password chosen for {user.get_username()!r} is refused: "
                + " ".join(error.messages)
            ) from error
        return chosen
    if demo_password_allowed():
        return DEMO_PASSWORD
    return secrets.token_urlsafe(18)


def give_demo_password(user, created, chosen=None):
    """Set a demo account's password if it is new or still the known one where that is refused.

    Returns the password to print (once), or None when the account keeps its password.
    """
    holds_refused_password = not demo_password_allowed() and user.check_password(DEMO_PASSWORD)
    if not (created or holds_refused_password):
        return None
    password = demo_password(user, chosen)
    user.set_password(password)
    user.save(update_fields=["password"])
    return password


class DemoPasswordRefusalBackend:
    """Refuses a login with the known demo password where it is not allowed, whoever the user.

    Comparing what was typed costs nothing, where checking each account's hash would double
    the cost of every login. PermissionDenied ends Django's authentication there, and counts
    as a failed login for django-axes.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if password == DEMO_PASSWORD and not demo_password_allowed():
            raise PermissionDenied
        return None
