"""Review of progress updates by the office that compiles the report (domain.md §5).

An update moves draft → submitted → accepted, or → returned with a reason; a returned update is
corrected (back to draft) and submitted again. Rows the compiling office enters itself may be
accepted directly from draft.

Counting: only a *returned* update is forced to "not done" (whatever it says); draft, submitted
and accepted updates count as they report, and a report may mark those not yet accepted.
"""

from __future__ import annotations

from enum import StrEnum

from desktop_app.domain.status import ProgressStatus


class ReviewState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    RETURNED = "returned"


REVIEW_LABELS = {
    ReviewState.DRAFT: "Chưa gửi",
    ReviewState.SUBMITTED: "Đã gửi, chờ duyệt",
    ReviewState.ACCEPTED: "Đã duyệt",
    ReviewState.RETURNED: "Bị trả lại",
}

# what a unit's row shows in the period view when it has no update at all
NOT_REPORTED = "not_reported"
NOT_REPORTED_LABEL = "Chưa báo cáo"

# states in which the compiling office has received the update
RECEIVED_STATES = frozenset({ReviewState.SUBMITTED, ReviewState.ACCEPTED, ReviewState.RETURNED})


def counted_status(status: ProgressStatus, review_state: str) -> ProgressStatus:
    """The completion a report counts: a returned update is not done until it is corrected."""
    if review_state == ReviewState.RETURNED and status == ProgressStatus.DONE:
        return ProgressStatus.IN_PROGRESS
    return status
