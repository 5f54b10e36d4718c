"""Images under /media/ are served through the public gate; nothing else is served there."""

import datetime
import importlib
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import clear_url_caches
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, GroupCollectionPermission

from legation.documents.models import DocumentAttachment
from tests.utils.builders import MINISTRY_HOST, add_document, make_kind, make_ministry

pytestmark = pytest.mark.django_db


@pytest.fixture
def addresses_built(settings):
    """The address table rebuilt as a settings module would build it, with DEBUG on or off."""
    import legation.urls

    def build(debug):
        settings.DEBUG = debug
        importlib.reload(legation.urls)
        clear_url_caches()

    yield build
    settings.DEBUG = False
    importlib.reload(legation.urls)
    clear_url_caches()


@pytest.fixture
def dev_addresses(addresses_built):
    """`legation serve` with the dev settings, where /media/ handed out every upload."""
    addresses_built(debug=True)


@pytest.fixture
def archive():
    return make_ministry()[1]


@pytest.fixture
def podium():
    return Image.objects.create(title="Podium", file=get_test_image_file("podium.png"))


def with_image(archive, image, title, **fields):
    body = [("image", {"image": image, "caption": "At the podium"})]
    return add_document(archive, title, make_kind("statement"), body=body, **fields)


def fetch(client, url, **headers):
    response = client.get(url, HTTP_HOST=MINISTRY_HOST, **headers)
    if response.streaming:
        response.body = b"".join(response.streaming_content)
    return response


def image_editor(collection, username="press-officer"):
    """An editor who may choose the images of one collection in the admin."""
    group = Group.objects.create(name=f"editors of {collection.name}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupCollectionPermission.objects.create(
        group=group,
        collection=collection,
        permission=Permission.objects.get(codename="choose_image"),
    )
    user = get_user_model().objects.create_user(username, password="x-long-password-1")
    user.groups.add(group)
    return user


@pytest.mark.parametrize(
    "state",
    [
        {"live": False},
        {"live": False, "go_live_at": timezone.now() + datetime.timedelta(days=1)},
    ],
    ids=["draft", "scheduled"],
)
def test_an_image_of_a_document_not_yet_public_is_served_only_to_editors(
    client, dev_addresses, archive, podium, state
):
    document = with_image(archive, podium, "Statement not yet out", **state)
    rendition = podium.get_rendition("width-1200")

    for url in (podium.file.url, rendition.url):
        assert fetch(client, url).status_code == 404

    client.force_login(image_editor(Collection.get_first_root_node()))
    for url in (podium.file.url, rendition.url):
        response = fetch(client, url)
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
        assert "private" in response["Cache-Control"]
    client.logout()

    document.go_live_at = None  # published now, schedule or not
    document.save_revision().publish()
    for url in (podium.file.url, rendition.url):
        response = fetch(client, url)
        assert response.status_code == 200
        assert response.body == default_storage.open(url.removeprefix("/media/")).read()
        assert "public" in response["Cache-Control"]


def test_editors_of_another_collection_do_not_get_it(client, dev_addresses, archive, podium):
    with_image(archive, podium, "Statement not yet out", live=False)
    london = Collection.get_first_root_node().add_child(name="Embassy in London")
    client.force_login(image_editor(london))

    assert fetch(client, podium.file.url).status_code == 404


def test_a_public_image_answers_conditional_requests(client, archive, podium):
    with_image(archive, podium, "Statement with a picture")
    response = fetch(client, podium.file.url)
    assert response["ETag"] and response["Last-Modified"]

    assert fetch(client, podium.file.url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    since = fetch(client, podium.file.url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert since.status_code == 304


def test_a_document_file_is_never_served_under_media(client, dev_addresses, archive):
    annex = Document.objects.create(title="Annex", file=ContentFile(b"%PDF-1.4", name="annex.pdf"))
    document = add_document(archive, "Statement with annex", make_kind("statement"))
    DocumentAttachment.objects.create(page=document, attachment=annex)
    document.save_revision().publish()

    assert fetch(client, annex.url).status_code == 200  # its gated address
    assert fetch(client, annex.file.url).status_code == 404


def test_files_no_image_owns_and_paths_out_of_media_are_not_found(
    client, dev_addresses, archive, podium
):
    with_image(archive, podium, "Statement with a picture")
    stray = default_storage.save("original_images/stray.png", ContentFile(b"not an image row"))

    for path in (
        f"/media/{stray}",
        "/media/../pyproject.toml",
        "/media/original_images/..%2F..%2F..%2Fpyproject.toml",
        f"/media/images/..%2F{podium.file.name}",
        "/media/%2e%2e/%2e%2e/legation/settings/base.py",
    ):
        response = fetch(client, path)
        assert response.status_code == 404, path
        assert response.content == b""
    default_storage.delete(stray)


def test_without_debug_the_images_of_a_public_page_are_served(
    client, addresses_built, archive, podium
):
    """Under production settings no media was served at all: published images were broken."""
    addresses_built(debug=False)
    document = with_image(archive, podium, "Statement with a picture")

    html = fetch(client, document.url).content.decode()
    # The document's own pictures (the header's emblem is a static file).
    sources = re.findall(r'<img[^>]+src="(/media/[^"]+)"', html)
    assert sources and all(source.startswith("/media/images/") for source in sources)
    for source in sources:
        response = fetch(client, source)
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
