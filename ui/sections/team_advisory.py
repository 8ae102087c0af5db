"""The advisory team: two advisors with different roles."""

from __future__ import annotations

from ui.sections.team import TeamSection


class AdvisoryTeamSection(TeamSection):
    key = "team_advisory"
    team = "advisory"

    def title(self) -> str:
        return self.tr("Advisory team")

    def heading(self) -> str:
        return self.tr("Advisory team")

    def explanation(self) -> str:
        return self.tr("Two advisors work with the local government: an advisor for the personal development of the "
                       "organisation and an advisor with local-government experience.")  # fmt: skip


SECTION = AdvisoryTeamSection
