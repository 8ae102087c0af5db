"""The JST's education team (samorządowy zespół oświatowy)."""

from __future__ import annotations

from ui.sections.team import TeamSection


class EducationTeamSection(TeamSection):
    key = "team_education"
    team = "education"

    def title(self) -> str:
        return self.tr("Education team")

    def heading(self) -> str:
        return self.tr("Education team of the local government")

    def explanation(self) -> str:
        return self.tr("Decision makers (wójt, burmistrz, starosta) and operational staff: the education officer, "
                       "the treasurer, budget analysts, staff of the shared services centre.")  # fmt: skip


SECTION = EducationTeamSection
