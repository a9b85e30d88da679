"""`guardrail eval`: leakage versus utility for every steering / adapter / filter configuration.

Modules: `scenarios` (seeded contexts and questions), `tasks` (task questions with a
harmless form), `harmless` (did the answer do the task without the values, or refuse),
`leaks` (the leak detector, independent of Presidio), `grading` (utility answers), `metrics` (pure metric functions), `configs` (the
configurations as data), `runner` (engine + filter), `report` (markdown, JSON, PNG), `cli`.
"""
