from wagtail import hooks

from .routing import refuse_page_in_another_language

hooks.register("before_serve_page", refuse_page_in_another_language)
