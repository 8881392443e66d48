#!/usr/bin/env python3
"""Seed corpus for fuzz_extract from the phrase tables that open the grammar units.

Writes one file per phrase of the `| form | phrases |` tables (time rules, time_compose) and of
the quantity table (first column), plus a few files mixing six phrases each, into OUT_DIR.

    tests/fuzz/grammar_seeds.py build/fuzz/seeds/phrases
"""
import glob
import os
import random
import re
import sys


def table_phrases(root):
    phrases = set()
    sources = glob.glob(os.path.join(root, "grammar/*.hpp")) + [os.path.join(root, "grammar/time_compose.cpp")]
    for path in sources:
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"\s*//\s*\|[^|]*\|(.*)\|\s*$", line)
                if not m:
                    continue
                for p in m.group(1).split("\u00b7"):
                    p = re.sub(r"\(.*?\)", "", p).strip(" .,;")
                    if p and set(p) - {"-"}:
                        phrases.add(p)
    with open(os.path.join(root, "grammar/quantity_rules_def.hpp"), encoding="utf-8") as f:
        for line in f.read().split("\n")[5:140]:
            m = re.match(r"//\s(\S.*)$", line)
            if not m or m.group(1).startswith("-"):
                continue
            first = re.split(r"\s{3,}", m.group(1).strip())[0]
            for p in re.split(r"\s{2,}", first):
                if "\\u" in p:
                    p = p.encode().decode("unicode_escape")
                phrases.add(p + " people")
    return sorted(phrases)


def main():
    out = sys.argv[1]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../..")
    os.makedirs(out, exist_ok=True)
    phrases = table_phrases(root)
    for i, p in enumerate(phrases):
        with open(os.path.join(out, f"p{i:04d}.txt"), "w", encoding="utf-8") as f:
            f.write(p + "\n")
    rng = random.Random(1)
    for i in range(60):
        with open(os.path.join(out, f"mix{i:03d}.txt"), "w", encoding="utf-8") as f:
            f.write(" ".join(rng.sample(phrases, 6)) + ".\n")
    print(f"{len(phrases)} phrases, 60 mixes -> {out}")


if __name__ == "__main__":
    main()
