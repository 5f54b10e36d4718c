from .gate import PublicGate, public_pages
from .sites import SiteRootPage, site_root_for, time_zone_choices, validate_time_zone

__all__ = [
    "PublicGate",
    "SiteRootPage",
    "public_pages",
    "site_root_for",
    "time_zone_choices",
    "validate_time_zone",
]
