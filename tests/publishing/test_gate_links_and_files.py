"""The gate where Wagtail renders links and serves files by itself."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.rich_text import RichText

from legation.documents.models import DocumentAttachment
from tests.utils.builders import MINISTRY_HOST, add_document, make_kind, make_ministry

pytestmark = pytest.mark.django_db


def test_rich_text_links_to_unpublished_pages_print_no_address(client):
    _ministry, archive = make_ministry()
    kind = make_kind("statement")
    embargoed = add_document(archive, "Embargoed statement", kind, live=False)
    public = add_document(archive, "Companion", kind)
    text = (
        f'<p>See <a linktype="page" id="{embargoed.pk}">the statement</a> and '
        f'<a linktype="page" id="{public.pk}">the companion</a>.</p>'
    )
    document = add_document(archive, "Linking text", kind, body=[("paragraph", RichText(text))])

    html = client.get(document.url, HTTP_HOST=MINISTRY_HOST).content.decode()
    assert "<a>the statement</a>" in html
    assert "embargoed-statement" not in html
    assert 'href="/en-gb/news/companion/">the companion</a>' in html


def test_an_attachment_is_downloadable_only_once_its_document_is_public(client):
    _ministry, archive = make_ministry()
    annex = Document.objects.create(
        title="Annex", file=ContentFile(b"%PDF-1.4 annex", name="annex.pdf")
    )
    document = add_document(archive, "Statement with annex", make_kind("statement"), live=False)
    DocumentAttachment.objects.create(page=document, attachment=annex)
    document.save_revision()  # the attachment is saved with the draft

    assert client.get(annex.url, HTTP_HOST=MINISTRY_HOST).status_code == 404

    document.get_latest_revision().publish()
    response = client.get(annex.url, HTTP_HOST=MINISTRY_HOST)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 annex"
