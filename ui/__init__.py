"""The Qt layer: screens call services; they never hold a database session."""
