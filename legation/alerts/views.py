"""The subscribe form, the confirmation and the unsubscribe pages.

No page tells whether an address is known: the form answers every valid request alike, and
confirmation and unsubscribe links carry a signed secret, not the address.
"""

import hashlib

from axes.helpers import get_client_ip_address
from django.core.cache import cache
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Locale, Site

from legation.core.languages import site_languages_for_request

from .forms import SubscribeForm
from .models import Subscription
from .tokens import key_from_confirmation, key_from_unsubscribe

# Requests from one client address an hour, and confirmation mails to one address a day.
# Counted by hand in the cache, as core/auth.py counts page passwords: django-axes counts
# logins only, and no maintained limiter is among our dependencies.
REQUESTS_PER_ADDRESS_AN_HOUR = 10
CONFIRMATIONS_PER_MAILBOX_A_DAY = 3


def subscribe(request):
    site, languages = _site_and_languages(request)
    locale = Locale.objects.get(language_code=get_language())
    zone = getattr(site.root_page.specific, "time_zone", "UTC")  # the same in every language
    options = {
        "locale": locale,
        "locales": Locale.objects.filter(language_code__in=languages.codes),
        "zone": zone,
    }
    if request.method != "POST":
        initial = {name: request.GET.get(name) for name in ("kind", "person", "organisation")}
        form = SubscribeForm(initial={**initial, "time_zone": zone}, **options)
        return render(request, "alerts/subscribe.html", {"form": form})
    if not _allowed(f"ip:{get_client_ip_address(request)}", REQUESTS_PER_ADDRESS_AN_HOUR, 3600):
        return render(request, "alerts/too_many.html", status=429)
    form = SubscribeForm(request.POST, **options)
    if not form.is_valid():
        return render(request, "alerts/subscribe.html", {"form": form}, status=400)
    request_confirmation(form.save(commit=False), site, get_language())
    return render(request, "alerts/check_inbox.html")


def request_confirmation(candidate, site, language):
    """Have the worker send a confirmation, unless the same subscription is already on or the
    mailbox had its share today; the reader is told the same in every case."""
    candidate.email = candidate.email.strip()
    candidate.site = site
    candidate.language = language
    same = {
        name: getattr(candidate, name)
        for name in ("site", "locale", "kind", "person", "organisation", "frequency")
    }
    existing = Subscription.objects.filter(email__iexact=candidate.email, **same).first()
    if existing is not None and existing.confirmed_at is not None:
        return
    mailbox = hashlib.sha256(candidate.email.lower().encode()).hexdigest()
    if not _allowed(f"mailbox:{mailbox}", CONFIRMATIONS_PER_MAILBOX_A_DAY, 24 * 3600):
        return
    subscription = existing or candidate
    subscription.language = language
    subscription.time_zone = candidate.time_zone
    subscription.confirmation_due_at = timezone.now()
    subscription.confirmation_attempts = 0
    subscription.save()


def confirm(request, token):
    subscription = _subscription(key_from_confirmation(token))
    if subscription is None:
        return render(request, "alerts/bad_link.html", status=404)
    if request.method == "POST":
        subscription.confirm()
    # Confirmed by the button, not by opening the link: mail scanners open links.
    return render(request, "alerts/confirm.html", {"subscription": subscription})


@csrf_exempt  # RFC 8058: mail clients POST "List-Unsubscribe=One-Click" with no form of ours
def unsubscribe(request, token):
    key = key_from_unsubscribe(token)
    if key is None:
        return render(request, "alerts/bad_link.html", status=404)
    if request.method == "POST":
        # A repeated click finds nothing to delete and says the same.
        Subscription.objects.filter(key=key).delete()
        return render(request, "alerts/unsubscribed.html")
    subscription = _subscription(key)
    if subscription is None:
        return render(request, "alerts/unsubscribed.html")
    return render(request, "alerts/unsubscribe.html", {"subscription": subscription})


def _site_and_languages(request):
    site = Site.find_for_request(request)
    languages = site_languages_for_request(request)
    if site is None or get_language() not in languages:
        raise Http404
    return site, languages


def _subscription(key):
    return Subscription.objects.filter(key=key).first() if key else None


def _allowed(name, limit, seconds):
    key = f"legation:alerts:{name}"
    if cache.add(key, 1, seconds):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between the two calls
        return cache.add(key, 1, seconds)
