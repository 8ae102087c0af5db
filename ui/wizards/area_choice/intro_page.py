"""What stage 1 is for, and the model's two rules."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from wsparcie_desktop.services.area_ranking import IMPORTANCE_LABELS, INFLUENCE_LABELS, RATING_LABELS


class IntroPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Stage 1: choosing the area"))
        text = QLabel(
            self.tr(
                "<p>At the opening conference the local government’s team fills in the diagnostic sheet. "
                "Each person rates, for each of the 12 areas, how far the good practices described in it are "
                "already in place, how important the area is for the coming years, and whether the local "
                "government can change it by itself.</p>"
                "<p>The program ranks the areas by a need score and shows where the team disagrees. "
                "Then the team chooses <b>one</b> area to develop in the next stages.</p>"
                "<p><b>The two rules of the model:</b></p>"
                "<ol><li><b>Focus on one area.</b> Developing one area well brings more than starting "
                "everything at once.</li>"
                "<li><b>Focus on what the local government can influence itself.</b> An area it cannot "
                "change by itself scores lower.</li></ol>"
                "<p>Every answer is saved at once. You can close this window at any time — it will open "
                "where you stopped.</p>"
            )
        )
        text.setWordWrap(True)
        # the scales the sheet uses, given before the first rating page (the wording is the model's own)
        ratings = "; ".join(f"{n} – {RATING_LABELS[n]}" for n in (1, 2, 3, 4)) + f"; albo „{RATING_LABELS[None]}”"
        importance = ", ".join(f"{n} – {label}" for n, label in IMPORTANCE_LABELS.items())
        influence = ", ".join(INFLUENCE_LABELS.values())
        heading = self.tr("The scales of the sheet")
        statement = self.tr("Each statement:")
        weight = self.tr("The importance of the area:")
        change = self.tr("Can the local government change it by itself:")
        self.scale = QLabel(
            f"<p><b>{heading}</b></p><ul><li>{statement} {ratings}.</li><li>{weight} {importance}.</li>"
            f"<li>{change} {influence}.</li></ul>"
        )
        self.scale.setObjectName("intro_scale")
        self.scale.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.scale)
        layout.addStretch()
