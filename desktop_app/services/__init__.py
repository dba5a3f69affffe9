"""Use cases. Each public call is one transaction; services are the only way anything writes."""
