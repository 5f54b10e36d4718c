"""Values kept under the number of publication events (documents.models.counts) are never
read again once what they were worked out from is gone."""

import pytest
from django.db import transaction
from django.utils import timezone

from legation.documents.models.counts import kept, publication_event

pytestmark = pytest.mark.django_db


class Rollback(Exception):
    pass


def test_a_value_worked_out_in_a_transaction_rolled_back_is_not_read_after_the_next_event():
    publication_event()
    # A publication whose transaction fails after a reader inside it worked out a value (the
    # writer's own search indexing, a page rendered in the same request).
    with pytest.raises(Rollback), transaction.atomic():
        publication_event()
        assert kept("probe", timezone.now(), lambda: "with the rolled-back page") == (
            "with the rolled-back page"
        )
        raise Rollback
    publication_event()  # committed
    assert kept("probe", timezone.now(), lambda: "as the database is") == "as the database is"
