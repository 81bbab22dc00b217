"""Fail `make test` when the held-out intent macro-F1 drops below the goal (an accuracy gate, not timing)."""

import argparse
import json
import sys


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("report", help="intent_report.json written by `rasa test nlu`")
    parser.add_argument("--min-macro-f1", type=float, default=0.90)
    args = parser.parse_args(argv)
    with open(args.report) as handle:
        report = json.load(handle)
    macro = report["macro avg"]["f1-score"]
    worst = sorted(
        (v["f1-score"], k) for k, v in report.items() if isinstance(v, dict) and "support" in v
        and k not in ("macro avg", "weighted avg", "micro avg")
    )[:3]
    print(f"held-out intent macro-F1 {macro:.3f} (goal {args.min_macro_f1:.2f}); weakest: "
          + ", ".join(f"{name} {f1:.2f}" for f1, name in worst))
    return 0 if macro >= args.min_macro_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
