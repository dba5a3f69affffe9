"""Theo dõi Kế hoạch — tracking of implementation plans and their progress reports."""

__version__ = "0.1.0"
APP_NAME = "Theo dõi Kế hoạch"
APP_ID = "plantrack"
