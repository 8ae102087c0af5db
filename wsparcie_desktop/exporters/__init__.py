"""Writers of files for other programs (spreadsheets); documents for print live in reports/."""

from __future__ import annotations
