"""Stakeholders who may join the work: directors, parents, councillors, NGOs, PPP, ODN, BP, the kuratorium."""

from __future__ import annotations

from ui.sections.team import TeamSection


class StakeholdersSection(TeamSection):
    key = "stakeholders"
    team = "stakeholder"

    def title(self) -> str:
        return self.tr("Stakeholders")

    def heading(self) -> str:
        return self.tr("Stakeholders")

    def explanation(self) -> str:
        return self.tr("School directors, parents, councillors, NGOs, the support institutions (PPP, ODN, BP) "
                       "and the kuratorium may join the education team's work.")  # fmt: skip


SECTION = StakeholdersSection
