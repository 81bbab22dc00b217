"""One settings object, built once at process start from the environment and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    root: Path
    var_dir: Path
    database_url: str
    catalogue_path: Path
    gazetteer_path: Path
    spacy_model_path: Path
    rasa_url: str
    rasa_token: Optional[str]
    action_server_url: str

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None, root: Path = ROOT) -> "Settings":
        env = os.environ if env is None else env
        var_dir = Path(env.get("WAYMARK_VAR_DIR", root / "var"))
        return cls(
            root=root,
            var_dir=var_dir,
            # Embedded default keeps every resident's data under var/, where a person can find it.
            database_url=env.get("WAYMARK_DATABASE_URL", f"sqlite:///{var_dir / 'waymark.db'}"),
            catalogue_path=Path(env.get("WAYMARK_CATALOGUE", root / "pathways.yml")),
            gazetteer_path=Path(env.get("WAYMARK_GAZETTEER", root / "bot" / "data" / "gazetteer.yml")),
            spacy_model_path=Path(env.get("WAYMARK_SPACY_MODEL", var_dir / "spacy" / "waymark_en")),
            rasa_url=env.get("WAYMARK_RASA_URL", "http://127.0.0.1:5005"),
            rasa_token=env.get("RASA_TOKEN") or None,
            action_server_url=env.get("WAYMARK_ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook"),
        )
