"""Guessing passwords stops after a few tries on every login form, and starts again after a while.

The probe that found the hole: 200 wrong passwords at 5 a second, then the right one, logged in.
"""

import datetime

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from freezegun import freeze_time
from wagtail.models import PageViewRestriction

from tests.utils.builders import MINISTRY_HOST, add_document, make_kind, make_ministry

pytestmark = pytest.mark.django_db

PASSWORD = "a-correct-horse-battery"
LOCKED_OUT = "too many login attempts"
LIMIT = settings.AXES_FAILURE_LIMIT
AFTER_COOL_OFF = settings.AXES_COOLOFF_TIME + datetime.timedelta(seconds=1)

# Where each login form lives, and where it sends a reader who logged in.
LOGIN_FORMS = {
    "wagtail admin": "/admin/login/",
    "django admin": "/django-admin/login/",
    "private pages": "/en-gb/_util/login/",
}


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "press-officer", "press@velmora.example", PASSWORD, is_staff=True, is_superuser=True
    )


def frozen_now():
    """The clock stopped now, so that the tests' pages, made now, are public."""
    return freeze_time(datetime.datetime.now(datetime.UTC))


def log_in(client, form, password, username="press-officer", address="192.0.2.10"):
    return client.post(
        LOGIN_FORMS[form], {"username": username, "password": password}, REMOTE_ADDR=address
    )


def logged_in(client):
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("form", LOGIN_FORMS)
def test_the_right_password_is_refused_after_too_many_wrong_ones(client, editor, form):
    with frozen_now() as clock:
        for _attempt in range(LIMIT - 1):
            assert log_in(client, form, "wrong-guess").status_code == 200  # the form again
            clock.tick(0.2)
        assert log_in(client, form, "wrong-guess").status_code == 429  # the last one allowed

        response = log_in(client, form, PASSWORD)
        assert response.status_code == 429
        assert LOCKED_OUT in response.content.decode()
        assert not logged_in(client)

        clock.tick(AFTER_COOL_OFF)
        assert log_in(client, form, PASSWORD).status_code == 302
        assert logged_in(client)


def test_the_probe_200_wrong_passwords_at_5_a_second_then_the_right_one(client, editor):
    with frozen_now() as clock:
        for _attempt in range(200):
            log_in(client, "wagtail admin", "wrong-guess")
            clock.tick(0.2)
        response = log_in(client, "wagtail admin", PASSWORD)

    assert response.status_code == 429
    assert not logged_in(client)


def test_guessing_on_during_the_cool_off_extends_it(client, editor):
    with frozen_now() as clock:
        for _attempt in range(LIMIT):
            log_in(client, "wagtail admin", "wrong-guess")
        clock.tick(settings.AXES_COOLOFF_TIME - datetime.timedelta(minutes=1))
        log_in(client, "wagtail admin", "still-guessing")
        clock.tick(datetime.timedelta(minutes=2))  # past the first failures' cool-off

        assert log_in(client, "wagtail admin", PASSWORD).status_code == 429


def test_fewer_failures_than_the_limit_then_the_right_password_logs_in(client, editor):
    for _attempt in range(LIMIT - 1):
        log_in(client, "wagtail admin", "wrong-guess")

    assert log_in(client, "wagtail admin", PASSWORD).status_code == 302


def test_successful_logins_are_not_counted_and_clear_earlier_failures(client, editor):
    for _login in range(2 * LIMIT):
        assert log_in(client, "wagtail admin", PASSWORD).status_code == 302
        client.logout()
    for _round in range(2):
        for _attempt in range(LIMIT - 1):
            log_in(client, "wagtail admin", "typo")
        assert log_in(client, "wagtail admin", PASSWORD).status_code == 302
        client.logout()


def test_a_lockout_holds_one_name_from_one_address_only(client, editor):
    """A stranger guessing cannot lock the press officer out of the office's own address."""
    for _attempt in range(LIMIT):
        log_in(client, "wagtail admin", "wrong-guess", address="198.51.100.66")

    assert log_in(client, "wagtail admin", PASSWORD, address="198.51.100.66").status_code == 429
    assert log_in(client, "wagtail admin", PASSWORD, address="192.0.2.10").status_code == 302


def test_the_test_clients_own_logins_still_work(client, editor):
    assert client.login(username="press-officer", password=PASSWORD)
    client.logout()
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


# Wagtail's password-protected pages: a shared password, checked without authenticate().


@pytest.fixture
def protected_page():
    _ministry, archive = make_ministry()
    document = add_document(archive, "Briefing for partners", make_kind("briefing"))
    restriction = PageViewRestriction.objects.create(
        page=document, restriction_type=PageViewRestriction.PASSWORD, password="partners-only"
    )
    return document, restriction


def enter_page_password(client, protected_page, password, address="192.0.2.10"):
    document, restriction = protected_page
    return client.post(
        f"/en-gb/_util/authenticate_with_password/{restriction.pk}/{document.pk}/",
        {"password": password, "return_url": document.url},
        HTTP_HOST=MINISTRY_HOST,
        REMOTE_ADDR=address,
    )


def test_a_page_password_is_refused_after_too_many_wrong_ones(client, protected_page):
    document, _restriction = protected_page
    with frozen_now() as clock:
        for _attempt in range(LIMIT):
            response = enter_page_password(client, protected_page, "guess")
            assert response.status_code == 200
            assert "password you have entered is not correct" in response.content.decode()
            clock.tick(0.2)
        # The limit reached, even the right password is refused.

        response = enter_page_password(client, protected_page, "partners-only")
        assert response.status_code == 429
        assert "Too many wrong passwords" in response.content.decode()
        still_asked = client.get(document.url, HTTP_HOST=MINISTRY_HOST).content.decode()
        assert 'name="password"' in still_asked  # the page is not unlocked

        clock.tick(AFTER_COOL_OFF)
        response = enter_page_password(client, protected_page, "partners-only")
        assert response.status_code == 302
        assert response.url == document.url


def test_a_right_page_password_clears_the_count_and_other_addresses_are_not_held(
    client, protected_page
):
    for _attempt in range(LIMIT - 1):
        enter_page_password(client, protected_page, "guess")
    assert enter_page_password(client, protected_page, "partners-only").status_code == 302
    for _attempt in range(LIMIT - 1):
        enter_page_password(client, protected_page, "guess")
    assert enter_page_password(client, protected_page, "partners-only").status_code == 302

    for _attempt in range(LIMIT):
        enter_page_password(client, protected_page, "guess", address="198.51.100.66")
    assert enter_page_password(client, protected_page, "partners-only").status_code == 302
