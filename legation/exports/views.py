"""The dated bulk-data files of the requesting site, as the last export wrote them."""

import gzip

from django.http import FileResponse, Http404, StreamingHttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Site

from .downloads import site_downloads, verified

CONTENT_TYPES = {".gz": "application/gzip", ".zip": "application/zip"}


def _site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404(_("No site is served at this address."))
    return site


def data_index(request):
    site = _site(request)
    files, record = site_downloads(site)
    listed = [
        {
            "name": name,
            "bytes": written["bytes"],
            "plain": name.removesuffix(".gz") if name.endswith(".jsonl.gz") else None,
        }
        for name, (_path, written) in files.items()
    ]
    return render(
        request,
        "exports/data_index.html",
        {
            "site_root": site.root_page.specific,
            "files": sorted(listed, key=lambda f: f["name"]),
            "record": record,
        },
    )


def data_file(request, name):
    """A file the export wrote, or the JSON Lines uncompressed (`….jsonl` of `….jsonl.gz`)."""
    files, _record = site_downloads(_site(request))
    unpack = name.endswith(".jsonl") and f"{name}.gz" in files
    found = files.get(f"{name}.gz" if unpack else name)
    if found is None or not verified(*found):
        raise Http404(_("No such file, or the export is being brought up to date."))
    path, written = found
    if unpack:
        response = StreamingHttpResponse(_unpacked(path), content_type="application/jsonl")
        response["Content-Disposition"] = f'attachment; filename="{name}"'
    else:
        response = FileResponse(
            open(path, "rb"),
            as_attachment=True,
            filename=name,
            content_type=CONTENT_TYPES[path.suffix],
        )
    # Every request asks again: a file goes out of date the moment a text in it is withdrawn.
    response["Cache-Control"] = "no-cache"
    response["ETag"] = f'"{written["sha256"]}{"-unpacked" if unpack else ""}"'
    return response


def _unpacked(path):
    with gzip.open(path, "rb") as lines:
        while chunk := lines.read(1 << 16):
            yield chunk
