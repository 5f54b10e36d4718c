"""The three mails: the confirmation, one alert per text, the daily digest.

Written in the subscriber's language (Django's gettext, the templates in templates/alerts/mail);
the texts themselves in their own language. Every mail but the confirmation carries RFC 8058's
one-click unsubscribe headers.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from legation.core import formats

from .tokens import confirmation_token, unsubscribe_token


def site_address(subscription):
    """Where the subscriber subscribed: their links lead back to that site."""
    if subscription.site is not None:
        return subscription.site.root_url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def confirmation_mail(subscription):
    with translation.override(subscription.language):
        link = site_address(subscription) + reverse(
            "alerts:confirm", args=[confirmation_token(subscription)]
        )
        body = render_to_string(
            "alerts/mail/confirmation.txt",
            {"subscription": subscription, "link": link, "wanted": wanted(subscription)},
        )
        return EmailMessage(
            subject=_("Confirm your e-mail alerts"),
            body=body,
            to=[subscription.email],
            headers={"Auto-Submitted": "auto-generated"},
        )


def alert_mail(subscription, document):
    with translation.override(subscription.language):
        subject = document.title
        body = render_to_string(
            "alerts/mail/alert.txt",
            {"item": item(document, subscription), **_footer(subscription)},
        )
        return _list_mail(subscription, subject, body)


def digest_mail(subscription, documents, day):
    with translation.override(subscription.language):
        subject = _("Published on %(day)s") % {"day": formats.long_date(day)}
        body = render_to_string(
            "alerts/mail/digest.txt",
            {"items": [item(d, subscription) for d in documents], **_footer(subscription)},
        )
        return _list_mail(subscription, subject, body)


def item(document, subscription):
    kind = document.kind.get_translation_or_none(document.locale) or document.kind
    return {
        "title": document.title,
        "kind": kind.name,
        "stamp": formats.stamp(document.published_at, document.zone),
        "lead": document.lead,
        "url": document.get_full_url(),
    }


def wanted(subscription):
    """What the subscription asks for, in words, for the mails to say why they came."""
    parts = []
    if subscription.site is not None:
        parts.append(subscription.site.site_name or subscription.site.hostname)
    if subscription.locale is not None:
        parts.append(subscription.locale.get_display_name())
    for chosen in (subscription.kind, subscription.person, subscription.organisation):
        if chosen is not None:
            parts.append(str(getattr(chosen, "name", chosen)))
    return ", ".join(parts) or _("everything published")


def _footer(subscription):
    return {
        "wanted": wanted(subscription),
        "unsubscribe_url": unsubscribe_url(subscription),
    }


def unsubscribe_url(subscription):
    return site_address(subscription) + reverse(
        "alerts:unsubscribe", args=[unsubscribe_token(subscription)]
    )


def _list_mail(subscription, subject, body):
    return EmailMessage(
        subject=subject,
        body=body,
        to=[subscription.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url(subscription)}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
