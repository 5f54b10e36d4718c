import pytest

from .world import build_api_world


@pytest.fixture
def world(db):
    return build_api_world()
