"""Template helpers for the disclosure editor."""
from advocacy.core.setup import on_warm
from advocacy.disclosure import warm
from advocacy.disclosure.editor import APPLY_FIELD, editor_config, segments


def init_app(app) -> None:
    # a web worker or the RQ worker compiles the checker before its first request or job (~1.5 s of CPU)
    on_warm(app, warm)
    app.jinja_env.globals.update(
        disclosure_segments=segments, disclosure_config=editor_config, DISCLOSURE_APPLY_FIELD=APPLY_FIELD,
    )
