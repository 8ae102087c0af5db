"""Page 4: "Co powoduje, że nie mamy stanu docelowego?" — the tree of causes (see ui/widgets/cause_tree.py)."""

from __future__ import annotations

from ui.widgets.cause_tree import CauseTreeEditor
from ui.wizards.diagnosis.base import DiagnosisPage
from wsparcie_desktop.services import causes


class CausesPage(DiagnosisPage):
    def __init__(self):
        super().__init__(self.tr("What causes that we do not have the target state?"),
                         self.tr("The causes, and the causes of the causes. For each: its category and whether "
                                 "the local government can influence it. Every change is stored at once."))  # fmt: skip
        self.tree = CauseTreeEditor()
        self.body.addWidget(self.tree, 1)

    def load(self) -> None:
        self.tree.set_process(self.ctx, self.process_id)
        self.tree.entry.setFocus()

    def leave(self) -> bool:
        self.tree.finish_editing()
        # A cause still typed in the entry line is stored rather than lost.
        if self.tree.entry.text().strip():
            return self.tree.add_typed(child=False) is not None
        return True

    def check(self, db) -> None:
        causes.check_causes(db, self.process_id)
