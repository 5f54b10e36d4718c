from .gate import PublicGate
from .sites import SiteRootPage, site_root_for, time_zone_choices, validate_time_zone

__all__ = [
    "PublicGate",
    "SiteRootPage",
    "site_root_for",
    "time_zone_choices",
    "validate_time_zone",
]
