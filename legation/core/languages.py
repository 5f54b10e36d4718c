"""Language codes: Django and Wagtail use "en-gb"; readers and hreflang use "en-GB"."""


def bcp47(language_code):
    language, _sep, region = language_code.partition("-")
    return f"{language}-{region.upper()}" if region else language
