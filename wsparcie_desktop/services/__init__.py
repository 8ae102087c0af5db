"""Use cases. Each public function takes the Database, runs in one transaction and returns plain data."""
