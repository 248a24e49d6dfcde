#!/usr/bin/env python3
"""Writes partner-questions.tsv: the base texts the benchmarks' traffic is made from.

Sources: every topic's question and alternates in kb/topics (in scope and out of scope), and the public dev and extra
evaluation sets. The held-out pass-bar set is left out on purpose: it stays unseen by anything that is tuned.
Run again after the knowledge base grows: python3 bench/Traffic/make-partner-questions.py
"""
import csv, glob, os, yaml

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
rows = set()
for path in sorted(glob.glob(os.path.join(root, "kb", "topics", "*.yaml"))):
    with open(path, encoding="utf-8") as f:
        topic = yaml.safe_load(f)
    for lang in ("en", "nl", "tr"):
        part = topic.get(lang) or {}
        for text in [part.get("question")] + list(part.get("alternates") or []):
            if text:
                rows.add((lang, " ".join(str(text).split())))
for name in ("faq-dev.tsv", "faq-extra.tsv"):
    with open(os.path.join(root, "tests", "LearningPartnerBot.Tests", "Knowledge", "Eval", name), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            rows.add((row["locale"], " ".join(row["question"].split())))
with open(os.path.join(root, "bench", "Traffic", "partner-questions.tsv"), "w", encoding="utf-8", newline="") as f:
    f.write("locale\tquestion\n")
    for lang, text in sorted(rows):
        if "\t" not in text:
            f.write(f"{lang}\t{text}\n")
