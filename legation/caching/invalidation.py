"""The events that change what readers see, and the tags each of them invalidates.

- Any row of content saved or deleted (a document's draft or publication, a person, an
  organisation, a kind, a counter, a clock, a consular contact, a syndication rule, a site
  setting, a withdrawal): the row's own tag; a page's row saved other than as a draft, or
  deleted, also what the gate admits anywhere (`public`).
- A view restriction added, changed or removed: every page it covers (its page's subtree, in
  every language version), every list and what the gate admits anywhere (restrictions are
  rare; the gate reads them in SQL, so no page recorded them as rows).
- A page published or unpublished — by an editor, the worker at a schedule's second, expiry,
  withdrawal — also changes the lists of every site that shows it (its own site's, and each
  mission's where it is a ministry document a mission may syndicate), the pages that chose it
  (featured, related: Wagtail's reference index), and what the gate admits anywhere.

Tags are invalidated when the transaction commits: a page rendered by another process
before then read the old rows, and the bump after the commit drops it.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from modelcluster.fields import ParentalKey
from wagtail.models import Page, PageViewRestriction, ReferenceIndex
from wagtail.signals import page_published, page_unpublished

from . import frontend
from .dependencies import PUBLIC, is_content, list_tag, tags_of
from .store import PageCache


def invalidate(tags):
    """Bump `tags` once the current transaction (if any) commits, and purge a CDN."""
    if not settings.LEGATION_PAGE_CACHE:
        return
    tags = set(tags)

    def bump():
        page_cache = PageCache()
        page_cache.invalidate(tags)
        frontend.purge(page_cache, tags)

    after_commit(bump)


def after_commit(function):
    transaction.on_commit(function)


# What saving a page's draft writes to its row: nothing a reader sees.
DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "wagtail_admin_comments",
    "locked",
    "locked_by",
    "locked_at",
}


def row_changed(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    tags = set(tags_of(instance))
    if parent_page_tags(instance):
        # Entries that depend on `public` keep no page tags: as a page's publication does.
        tags |= parent_page_tags(instance) | {PUBLIC}
    if isinstance(instance, Page) and seen_by_readers(instance, **kwargs):
        # Entries that depend on `public` keep no page tags (dependencies.compact).
        tags.add(PUBLIC)
    invalidate(tags)


def parent_page_tags(instance):
    """A page's own rows (a mission's clocks, contacts, counters) show on its page: one added
    on its own changes the page, which never read it. They are saved almost only with their
    page's publication, which invalidates as much."""
    return {
        f"pagepk:{getattr(instance, field.attname)}"
        for field in instance._meta.fields
        if isinstance(field, ParentalKey) and issubclass(field.related_model, Page)
    }


def seen_by_readers(page, created=False, update_fields=None, **kwargs):
    """Whether saving or deleting `page`'s row may change a public page: not a draft's
    save, nor a page created unpublished (the gate admits no page that is not live)."""
    if created:
        return page.live
    return not (update_fields and set(update_fields) <= DRAFT_FIELDS)


def publication_changed(sender, instance, **kwargs):
    if settings.LEGATION_PAGE_CACHE:
        invalidate(publication_tags(instance))


def publication_tags(page):
    """Everything that may show `page` or be changed by its going up or down."""
    from legation.missions.models import MinistryHomePage, MissionHomePage

    versions = list(
        Page.objects.filter(translation_key=page.translation_key).values_list(
            "pk", "path", "locale_id"
        )
    )
    tags = {PUBLIC, f"page:{page.translation_key}"}
    tags.update(f"pagepk:{pk}" for pk, _path, _locale in versions)
    home_paths = {path[: 2 * Page.steplen] for _pk, path, _locale in versions}
    homes = list(Page.objects.filter(path__in=home_paths).values_list("pk", "content_type_id"))
    tags.update(list_tag(pk) for pk, _type in homes)
    ministry_type = ContentType.objects.get_for_model(MinistryHomePage).pk
    if any(content_type == ministry_type for _pk, content_type in homes):
        # A ministry document is listed by each mission that syndicates it, by choice or by
        # kind, in the same language. Missions are few: all of them in these languages, so
        # that a rule changed since the document was listed is covered too.
        missions = MissionHomePage.objects.filter(
            locale_id__in={locale for _pk, _path, locale in versions}
        ).values_list("pk", flat=True)
        tags.update(list_tag(pk) for pk in missions)
    page_type = ContentType.objects.get_for_model(Page)
    choosing = ReferenceIndex.objects.filter(
        to_content_type=page_type,
        to_object_id__in=[str(pk) for pk, _path, _locale in versions],
        base_content_type=page_type,
    ).values_list("object_id", flat=True)
    tags.update(f"pagepk:{pk}" for pk in choosing)
    return tags


def restriction_changed(sender, instance, raw=False, **kwargs):
    if raw or not settings.LEGATION_PAGE_CACHE:
        return
    tags = {PUBLIC}
    tags.update(list_tag(pk) for pk in Page.objects.filter(depth=2).values_list("pk", flat=True))
    page = Page.objects.filter(pk=instance.page_id).only("translation_key").first()
    if page is not None:
        versions = Page.objects.filter(translation_key=page.translation_key)
        covered = Q()
        for path in versions.values_list("path", flat=True):
            covered |= Q(path__startswith=path)
        for pk, key in Page.objects.filter(covered).values_list("pk", "translation_key"):
            tags.update((f"pagepk:{pk}", f"page:{key}"))
    invalidate(tags)


def connect():
    for model in apps.get_models():
        if is_content(model):
            uid = f"legation_cache_{model._meta.label_lower}"
            post_save.connect(row_changed, sender=model, dispatch_uid=uid)
            post_delete.connect(row_changed, sender=model, dispatch_uid=uid)
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid="legation_cache_restriction",
        )
    page_published.connect(publication_changed, dispatch_uid="legation_cache_published")
    page_unpublished.connect(publication_changed, dispatch_uid="legation_cache_unpublished")
