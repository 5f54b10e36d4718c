"""The admin's embargo and withdrawal views (the public preview is in `legation.urls`)."""

from django.urls import path

from . import views

embargo_urls = (
    [
        path("<int:page_id>/", views.EmbargoLinksView.as_view(), name="links"),
        path(
            "<int:page_id>/revoke/<int:link_id>/",
            views.revoke_embargo_link,
            name="revoke",
        ),
    ],
    "legation_embargo",
)

withdrawal_urls = (
    [path("<int:page_id>/", views.WithdrawView.as_view(), name="withdraw")],
    "legation_withdrawal",
)
