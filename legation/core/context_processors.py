def site_context(request):
    """The language codes as readers know them (en-GB), for `lang` and `hreflang`."""
    from django.utils.translation import get_language

    from .languages import bcp47

    return {"current_language_tag": bcp47(get_language() or "")}
