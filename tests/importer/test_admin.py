"""Editors find what imports left in the admin."""

import pytest
from django.urls import reverse


@pytest.mark.parametrize("model", ["listingitem", "missionsettingscandidate"])
def test_import_leftovers_are_listed_in_the_admin(admin_client, model):
    response = admin_client.get(reverse(f"wagtailsnippets_importer_{model}:list"))
    assert response.status_code == 200
