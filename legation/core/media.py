"""Uploaded media served through the public gate, in every environment.

Django's `static()` view hands out every upload, and production serves none: an image uploaded
for an embargoed statement would be readable before its time, and published images would be
broken. Here only images are served: an original or a rendition once a public page uses the
image, and to editors who may see it in the admin (its thumbnails) whatever its state. A
document's file is not served here at all (its gated address is `/documents/<id>/<name>`).

Files are looked up by the name the database holds, never by the path as given, so no path
can reach outside what Wagtail stored.
"""

import mimetypes

from django.http import FileResponse, HttpResponseNotFound
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
)
from django.utils.http import http_date, quote_etag
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from .models import PublicGate
from .wagtail_hooks import pages_referencing

# A front cache may keep a public image this long: an image whose document is withdrawn
# stays there no longer unless the cache is purged.
PUBLIC_MAX_AGE = 60
# Whoever may see an image in the admin's listings or choosers gets its files.
ADMIN_ACTIONS = ("change", "choose")


def serve_media(request, path):
    image, field_file = image_file_named(path)
    if image is None:
        return not_found()
    if PublicGate().filter(pages_referencing(image)).exists():
        cache_control = {"public": True, "max_age": PUBLIC_MAX_AGE}
    elif may_see_in_admin(request.user, image):
        cache_control = {"private": True}
    else:
        return not_found()
    response = file_response(request, field_file)
    if response is None:
        return not_found()
    patch_cache_control(response, **cache_control)
    return response


def image_file_named(name):
    """The image an original or rendition file of this name belongs to, and that file."""
    image_model = get_image_model()
    image = image_model.objects.filter(file=name).first()
    if image is not None:
        return image, image.file
    rendition = (
        image_model.get_rendition_model()
        .objects.filter(file=name)
        .select_related("image__collection")
        .first()
    )
    if rendition is not None:
        return rendition.image, rendition.file
    return None, None


def may_see_in_admin(user, image):
    policy = policy_registry.get_by_type(get_image_model())
    return policy.user_has_any_permission_for_instance(user, ADMIN_ACTIONS, image)


def file_response(request, field_file):
    """The file, or 304 when the client's copy is current; None if the file is missing."""
    storage, name = field_file.storage, field_file.name
    try:
        modified = storage.get_modified_time(name).timestamp()
        size = storage.size(name)
    except OSError:  # the row outlived its file
        return None
    etag = quote_etag(f"{int(modified):x}-{size:x}")
    response = get_conditional_response(request, etag=etag, last_modified=int(modified))
    if response is None:
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        response = FileResponse(storage.open(name, "rb"), content_type=content_type)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    return response


def not_found():
    """A bare 404, never cached: a file about to go public must appear at its time."""
    response = HttpResponseNotFound()
    add_never_cache_headers(response)
    return response
