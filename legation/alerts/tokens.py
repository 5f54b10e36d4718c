"""The signed tokens of the links in alert mails (Django's signing: nothing to store)."""

from django.core import signing

CONFIRMATION_DAYS = 7
_CONFIRM = "legation.alerts.confirm"
_UNSUBSCRIBE = "legation.alerts.unsubscribe"


def confirmation_token(subscription):
    return signing.TimestampSigner(salt=_CONFIRM).sign(subscription.key)


def unsubscribe_token(subscription):
    # No age limit: the link in a mail of years ago must still unsubscribe.
    return signing.Signer(salt=_UNSUBSCRIBE).sign(subscription.key)


def key_from_confirmation(token):
    """The subscription's key, or None for a token that is forged, mangled or too old."""
    try:
        return signing.TimestampSigner(salt=_CONFIRM).unsign(
            token, max_age=CONFIRMATION_DAYS * 24 * 3600
        )
    except signing.BadSignature:
        return None


def key_from_unsubscribe(token):
    try:
        return signing.Signer(salt=_UNSUBSCRIBE).unsign(token)
    except signing.BadSignature:
        return None
