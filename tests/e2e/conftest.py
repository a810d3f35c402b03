from tests.ui.conftest import pytest_asyncio_loop_factories, qt_messages

__all__ = ["pytest_asyncio_loop_factories", "qt_messages"]
