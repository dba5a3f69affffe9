"""Removing a document a plan was linked to by mistake ("Bỏ văn bản căn cứ…"): the clerk picks which
one (keyboard: ↑/↓, Enter), and only the link goes; the document stays recorded for other plans."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from desktop_app.services.plans import PlanInfo


def unlink_dialog(plan: PlanInfo, parent: QWidget) -> QInputDialog:
    """A dialog listing the plan's documents; its ``textValueSelected`` names the one to unlink
    (:func:`remaining` turns it into the plan's new list)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("unlink_document_dialog")
    dialog.setWindowTitle(dialog.tr("Bỏ văn bản căn cứ"))
    dialog.setLabelText(dialog.tr("Bỏ liên kết của {0} với văn bản:").format(plan.reference))
    dialog.setComboBoxItems([doc.citation for doc in plan.implements])
    dialog.setComboBoxEditable(False)
    return dialog


def remaining(plan: PlanInfo, citation: str) -> list[str]:
    """The plan's document ids without the one shown as ``citation`` (its first match only)."""
    ids = [doc.id for doc in plan.implements]
    for doc in plan.implements:
        if doc.citation == citation:
            ids.remove(doc.id)
            break
    return ids
