"""Database: SQLAlchemy models, engine factory, safe opening and migration to head."""
