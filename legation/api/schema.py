"""What the OpenAPI document describes: this API only, not Wagtail's admin endpoints, which
drf-spectacular would otherwise find in the same URL configuration."""


def only_the_public_api(endpoints):
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]
