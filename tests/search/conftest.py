import pytest

from .world import build_search_world


@pytest.fixture
def world(db):
    return build_search_world()
