"""The processes' logging: our INFO lines show, a library's start-up chatter does not."""
import logging
import logging.config

import pytest

from advocacy.core.logs import logging_config


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    saved = (root.level, list(root.handlers), logging.getLogger("xmlschema").level)
    yield
    root.setLevel(saved[0])
    root.handlers[:] = saved[1]
    logging.getLogger("xmlschema").setLevel(saved[2])


def test_xmlschema_info_is_quiet_at_info(restore_logging, capsys):
    logging.config.dictConfig(logging_config("INFO", "text"))
    logging.getLogger("xmlschema").info("Resource 'XMLSchema.xsd' is already loaded")
    logging.getLogger("xmlschema").warning("a real warning")
    logging.getLogger("advocacy.cli").info("Added and invited")
    err = capsys.readouterr().err
    assert "XMLSchema.xsd" not in err
    assert "a real warning" in err and "Added and invited" in err


def test_debug_shows_everything(restore_logging, capsys):
    logging.config.dictConfig(logging_config("DEBUG", "text"))
    logging.getLogger("xmlschema").info("Resource 'XMLSchema.xsd' is already loaded")
    assert "XMLSchema.xsd" in capsys.readouterr().err
