"""The project's spaCy pipeline: blank English + a normaliser + an EntityRuler, built to a path.

No pretrained pipeline is downloaded: residents' facts come from the gazetteer and the phrase
tables (bot/language/phrases.py), so the pipeline is rebuilt from those whenever they change (`make nlp`) and
loaded from disk by bot.language.understanding and the Rasa component. meta.json records the gazetteer
version and a hash of every input, so a running assistant can say exactly what it was built from.

Importing this module registers the "waymark_normalizer" factory, which spacy.load needs.
"""

# No `from __future__ import annotations`: spaCy reads the factory signature at runtime.

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Dict, Optional, Sequence, Union

import spacy
from spacy.language import Language
from spacy.util import compile_suffix_regex

import bot
from bot.language import phrases
from bot.language.places import Gazetteer
from bot.settings import Settings

PIPELINE_NAME = "waymark_en"
# Split "11k", "45yrs", "300pw" so the number and the unit are separate tokens.
_NUMBER_SUFFIX = r"(?<=[0-9])(?i:k|yrs|yr|yo|pw|pcm|pa|ph|hrs|hr|ish|grand)"


class PipelineMissing(FileNotFoundError):
    """No built pipeline at the configured path."""


class WaymarkNormalizer:
    """Sets token.norm_ from a table (SMS-speak, typos) so patterns see "i am", "and", "you"."""

    def __init__(self, table: Optional[Dict[str, str]] = None) -> None:
        self.table = dict(table or {})

    def __call__(self, doc):
        table = self.table
        previous = ""
        for token in doc:
            low = token.lower_
            if low == "m" and previous == "i":  # "im" is tokenised as "i" + "m"
                token.norm_ = "am"
            else:
                norm = table.get(low)
                if norm is not None:
                    token.norm_ = norm
            previous = low
        return doc

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "norms.json").write_text(json.dumps(self.table, sort_keys=True, indent=0))

    def from_disk(self, path, exclude=tuple()):
        self.table = json.loads((Path(path) / "norms.json").read_text())
        return self


@Language.factory("waymark_normalizer")
def make_normalizer(nlp: Language, name: str) -> WaymarkNormalizer:
    return WaymarkNormalizer()


def create_nlp(gazetteer: Gazetteer) -> Language:
    """The pipeline in memory (build() saves it; tests use it directly)."""
    nlp = spacy.blank("en")
    suffixes = list(nlp.Defaults.suffixes) + [_NUMBER_SUFFIX]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for im in ("IM", "Im"):  # spaCy splits "im" but not every capitalisation of it
        nlp.tokenizer.add_special_case(im, [{"ORTH": im[0]}, {"ORTH": im[1]}])
    normalizer = nlp.add_pipe("waymark_normalizer")
    normalizer.table = phrases.all_norms()
    ruler = nlp.add_pipe(
        "entity_ruler", config={"phrase_matcher_attr": "NORM", "overwrite_ents": True}
    )
    ruler.add_patterns(gazetteer.patterns() + phrases.phrase_patterns() + phrases.token_patterns())
    return nlp


def inputs_hash(gazetteer: Gazetteer) -> str:
    digest = hashlib.sha256()
    for part in (gazetteer.patterns(), phrases.phrase_patterns(), phrases.token_patterns(),
                 phrases.all_norms(), _NUMBER_SUFFIX, gazetteer.version, sorted(gazetteer._districts.items())):
        digest.update(json.dumps(part, sort_keys=True).encode())
    return "sha256:" + digest.hexdigest()


def build(source: Union[Settings, str, Path, None] = None, out_dir: Union[str, Path, None] = None) -> Path:
    """Build from Settings (or a gazetteer path) into out_dir, replacing any old build atomically."""
    settings = source if isinstance(source, Settings) else Settings.from_env()
    gazetteer_path = Path(source) if isinstance(source, (str, Path)) else settings.gazetteer_path
    out = Path(out_dir) if out_dir is not None else settings.spacy_model_path
    gazetteer = Gazetteer.load(gazetteer_path)
    nlp = create_nlp(gazetteer)
    nlp.meta.update({
        "name": PIPELINE_NAME,
        "version": bot.__version__,
        "description": "Waymark rules pipeline: normaliser + EntityRuler (places and facts)",
        "waymark": {
            "gazetteer_version": gazetteer.version,
            "gazetteer_path": str(gazetteer_path),
            "inputs_hash": inputs_hash(gazetteer),
        },
    })
    out.parent.mkdir(parents=True, exist_ok=True)
    # Write beside the target and swap, so a failed build never leaves a half pipeline in place.
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        nlp.to_disk(staging)
        if out.exists():
            retired = out.with_name(f".{out.name}-old")
            shutil.rmtree(retired, ignore_errors=True)
            out.rename(retired)
            staging.rename(out)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            staging.rename(out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out


def load(path: Union[str, Path]) -> Language:
    path = Path(path)
    if not (path / "meta.json").is_file():
        raise PipelineMissing(
            f"No spaCy pipeline at {path}. Build it with `make nlp` (python -m bot nlp build)."
        )
    return spacy.load(path)


def stale_reason(path: Union[str, Path], gazetteer: Gazetteer) -> Optional[str]:
    """Why the built pipeline no longer matches the gazetteer and phrase tables, or None."""
    built = info(path).get("inputs_hash")
    if built != inputs_hash(gazetteer):
        return (f"the spaCy pipeline at {path} was built from other inputs than the current "
                f"gazetteer ({gazetteer.version}) and phrase tables; run `make nlp` to rebuild it")
    return None


def info(path: Union[str, Path]) -> dict:
    return json.loads((Path(path) / "meta.json").read_text()).get("waymark", {})


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["nlp"]:
        args = args[1:]
    parser = argparse.ArgumentParser(prog="python -m bot nlp", description="The spaCy pipeline")
    sub = parser.add_subparsers(dest="command", required=True)
    build_cmd = sub.add_parser("build", help="build the pipeline from the gazetteer and phrases")
    build_cmd.add_argument("--out", help="output directory (default: WAYMARK_SPACY_MODEL or "
                                         "var/spacy/waymark_en)")
    build_cmd.add_argument("--gazetteer", help="gazetteer file (default: WAYMARK_GAZETTEER)")
    info_cmd = sub.add_parser("info", help="print what a built pipeline was built from")
    info_cmd.add_argument("--path", help="pipeline directory")
    opts = parser.parse_args(args)
    settings = Settings.from_env()
    try:
        if opts.command == "build":
            out = build(Path(opts.gazetteer) if opts.gazetteer else settings, opts.out)
            meta = info(out)
            print(f"Built {out} (gazetteer {meta['gazetteer_version']}, {meta['inputs_hash'][:19]}…)")
        else:
            print(json.dumps(info(opts.path or settings.spacy_model_path), indent=2))
    except (ValueError, OSError) as exc:  # GazetteerError is a ValueError
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


__all__ = ["PipelineMissing", "build", "create_nlp", "load", "main", "inputs_hash", "info", "stale_reason"]
