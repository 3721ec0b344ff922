"""Template helpers for the disclosure editor."""
from advocacy.disclosure.editor import APPLY_FIELD, editor_config, segments


def init_app(app) -> None:
    app.jinja_env.globals.update(
        disclosure_segments=segments, disclosure_config=editor_config, DISCLOSURE_APPLY_FIELD=APPLY_FIELD,
    )
