"""Use cases. Each public function takes the Database, runs in one transaction and returns plain data.

What a delete takes with it (or changes) is told, before the delete, by the one function named
``<thing>_dependants`` beside ``delete_<thing>``: ``activity_dependants``, ``cause_dependants``,
``jst_dependants``, ``person_dependants``, ``school_dependants``, ``task_dependants`` and so on.
"""
