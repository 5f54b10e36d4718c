"""A new page, its first revision and its log entries, written in a few statements.

Why by hand: Wagtail's add_child, save_revision and publish cost about 25 queries for one
imported document — treebeard reads the parent again, modelcluster reads every relation back
to diff it and again to serialise the revision, and each log entry checks its foreign keys with
queries of its own. An import creates tens of thousands of pages whose every field it has just
built, so this writes the same rows as that path — the page after its parent's last child, its
many-to-many rows, a revision of the same serialised content, the "created" (and "published")
log entries — in nine statements. Everything else (updates, scheduled pages) takes Wagtail's path.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations
from wagtail.log_actions import get_active_log_context
from wagtail.models import Page, PageLogEntry, Revision


@transaction.atomic
def add_new_page(parent, page, many_to_many=None, live=False):
    """Save `page`, unsaved and without child objects, as the last child of `parent`, with
    `many_to_many` ({field name: objects}) and a first revision; live if asked. Returns the
    revision. Search and reference indexing follow from the page's post_save, as on Wagtail's
    path (the reference index after the commit, when the many-to-many rows are there)."""
    many_to_many = many_to_many or {}
    now = timezone.now()
    _place_after_last_child(parent, page)
    page.url_path = parent.url_path + page.slug + "/"
    page.draft_title = page.title
    page.live = live
    page.has_unpublished_changes = not live
    page.latest_revision_created_at = now
    if live:
        page.first_published_at = page.last_published_at = now
    # Relations held in memory, so the revision serialises them without reading them back.
    for relation in get_all_child_relations(page):
        getattr(page, relation.get_accessor_name()).set([])
    for field in get_all_child_m2m_relations(page):
        getattr(page, field.name).set(many_to_many.get(field.name, []))

    # The page's own rows only: what Page.save and ClusterableModel.save add is done here.
    models.Model.save(page)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + 1)
    parent.numchild += 1
    for field in get_all_child_m2m_relations(page):
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        through.objects.bulk_create(
            through(**{source: page, target: related})
            for related in many_to_many.get(field.name, [])
        )

    revision = Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        content=page.serializable_data(),
        object_str=str(page),
        created_at=now,
    )
    page.latest_revision = revision
    Page.objects.filter(pk=page.pk).update(
        latest_revision=revision, live_revision=revision if live else None
    )
    if live:
        page.live_revision = revision
    _log(page, revision, ["wagtail.create"] + (["wagtail.publish"] if live else []), now)
    return revision


def _place_after_last_child(parent, page):
    last = parent.get_children().order_by("-path").only("path").first()
    page.depth = parent.depth + 1
    page.path = last._inc_path() if last else Page._get_path(parent.path, page.depth, 1)


def _log(page, revision, actions, now):
    # The entries Wagtail's log() makes, without its per-entry validation queries: the
    # actions are Wagtail's own and the page and revision were written just now.
    content_type = ContentType.objects.get_for_model(page, for_concrete_model=False)
    context = get_active_log_context()
    PageLogEntry.objects.bulk_create(
        PageLogEntry(
            content_type=content_type,
            label=page.get_admin_display_title(),
            action=action,
            timestamp=now,
            data={},
            uuid=context.uuid,
            user=context.user,
            page=page,
            revision=revision if action == "wagtail.publish" else None,
            content_changed=True,
        )
        for action in actions
    )
