"""An app process starts without Wagtail's API v3, which Legation does not serve, and with
everything else Wagtail's images, documents, snippets and redirects apps register when they
start (legation/core/wagtail_apps.py)."""

import hashlib
import inspect
import os
import subprocess
import sys
from pathlib import Path

from django.db.models import CASCADE, ForeignKey
from django.db.models.signals import post_migrate
from wagtail.admin.forms.models import registry as form_field_overrides
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.redirects.signal_handlers import (
    autocreate_redirects_on_page_move,
    autocreate_redirects_on_slug_change,
)
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.widgets import AdminImageChooser
from wagtail.models.reference_index import ReferenceIndex
from wagtail.permissions import policy_registry
from wagtail.signals import page_slug_changed, post_page_move
from wagtail.snippets.models import create_extra_permissions

from legation.core import wagtail_apps

ROOT = Path(__file__).resolve().parents[2]

# The `ready()` each of ours copies, as Wagtail 8.0.1 wrote it: a new Wagtail that changes one
# fails here, so that ours is compared with it again.
WAGTAIL_READY = {
    wagtail_apps.ImagesConfig: "52e409385bb1ad62",
    wagtail_apps.DocumentsConfig: "4cdf87a46dbf81ef",
    wagtail_apps.SnippetsConfig: "1ac35b5ed4034956",
    wagtail_apps.RedirectsConfig: "19d1a78049d84e47",
}


def test_an_app_process_does_not_load_wagtails_api_v3():
    script = (
        "import sys, django\n"
        "django.setup()\n"
        "import legation.urls\n"  # what the first request loads: every view, the admin's too
        "print(sorted({name.split('.')[0] for name in sys.modules} & {'ninja'}))\n"
        "print('wagtail.api.v3' in sys.modules)\n"
    )
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "legation.settings.test"}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["[]", "False"]


def test_wagtails_own_ready_is_the_one_ours_copy():
    changed = {
        config.__mro__[1].__qualname__: digest
        for config, digest in WAGTAIL_READY.items()
        if hashlib.sha256(inspect.getsource(config.__mro__[1].ready).encode()).hexdigest()[:16]
        != digest
    }
    assert not changed, (
        f"Wagtail's ready() changed; compare legation/core/wagtail_apps.py: {changed}"
    )


def test_what_wagtails_apps_register_at_start_is_registered():
    image, document = get_image_model(), get_document_model()
    for model in (image, document):
        assert ReferenceIndex.is_indexed(model)
        assert policy_registry.get_by_type(model, fallback=False) is not None
    assert policy_registry.get_by_type(Redirect, fallback=False) is not None
    overridden = form_field_overrides.get(ForeignKey(image, on_delete=CASCADE))
    assert overridden["widget"] is AdminImageChooser
    for signal, receiver in (
        (post_page_move, autocreate_redirects_on_page_move),
        (page_slug_changed, autocreate_redirects_on_slug_change),
    ):
        assert signal.disconnect(receiver), receiver
        signal.connect(receiver)
    snippets = wagtail_apps.SnippetsConfig
    sender = next(config for config in _app_configs() if isinstance(config, snippets))
    assert post_migrate.disconnect(create_extra_permissions, sender=sender)
    post_migrate.connect(create_extra_permissions, sender=sender)


def _app_configs():
    from django.apps import apps

    return apps.get_app_configs()
