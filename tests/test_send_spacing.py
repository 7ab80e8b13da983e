"""`followup send` explains the spacing between messages and what `--wait` does (real CLI)."""

from __future__ import annotations

from assistant.adapters import paths
from assistant.adapters.store import Store
from tests.test_fail_fast import followup
from tests.test_outbox import T0, add_draft, write_config

NOW = T0.isoformat()  # the same clock in both runs: the pause is the whole spacing


def test_spacing_is_explained_and_wait_says_how_long_it_pauses(
    tmp_path, imap_account, smtp_server, isolated_env
):
    config = write_config(
        tmp_path / "config.toml", imap_account, smtp_server, smtp_extra={"min_spacing_seconds": 3}
    )
    store = Store.open(paths.database_path(isolated_env.followup_home))
    first, second = add_draft(store), add_draft(store)
    store.close()

    code, out, err, _ = followup(config, "--now", NOW, "send")
    assert code == 0, err
    assert f"Sent draft {first}" in out and f"Sent draft {second}" not in out
    assert "minimum spacing of 3s between sends (smtp.min_spacing_seconds" in err
    assert "`followup send --wait` waits and sends them now" in err

    code, out, err, seconds = followup(config, "--now", NOW, "send", "--wait")
    assert code == 0, err
    assert f"Sent draft {second}" in out
    assert f"waiting 3 s before draft {second}: sends from personal are spaced 3 s apart" in err
    assert len(smtp_server.messages) == 2
    assert 3 <= seconds < 30
