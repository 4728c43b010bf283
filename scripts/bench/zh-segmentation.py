#!/usr/bin/env python3
"""Compares two ways of splitting Chinese for search, on Navrat's Chinese topics and its
Chinese evaluation cases, with the same BM25 scoring for both:

- CJK bigrams (what Navrat's search does): each run of Han characters becomes its
  overlapping character pairs, plus single characters (weighted low in queries);
- jieba (`cut_for_search`), a dictionary-based word segmenter.

Prints hit@3, index size (distinct terms), tokenising time and the memory the segmenter
needs. Run: `pip install jieba && python3 scripts/bench/zh-segmentation.py`.
"""
import math, os, re, resource, time, tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOPICS = ROOT / "content/seed/topics"
CASES = ROOT / "content/tests/search-eval/zh.toml"
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[A-Za-z0-9]+")


def read_topics():
    docs = {}
    for folder in sorted(TOPICS.iterdir()):
        text = (folder / "zh.md").read_text()
        _, front, body = text.split("+++", 2)
        meta = tomllib.loads(front)
        title = meta["title"] + " " + " ".join(meta["keywords"])
        docs[folder.name] = (title, meta["summary"] + " " + body)
    return docs


def bigrams(text, query=False):
    out = []
    for run in HAN.findall(text.lower()):
        if not re.match(r"[\u3400-\u9fff\uf900-\ufaff]", run):
            out.append((run, 1.0))
            continue
        weight = 0.25 if query and len(run) > 1 else 1.0
        out += [(c, weight) for c in run]
        out += [(run[i - 1 : i + 1], 1.0) for i in range(1, len(run))]
    return out


def jieba_tokens(text, query=False):
    import jieba
    return [(t, 1.0) for t in jieba.cut_for_search(text.lower()) if HAN.fullmatch(t)]


class Bm25:
    def __init__(self, docs, tokenize):
        self.tokenize = tokenize
        self.fields = {}
        for name, (title, body) in docs.items():
            self.fields[name] = [self.counts(title), self.counts(body)]
        self.n = len(docs)
        self.avg = [sum(sum(f[i].values()) for f in self.fields.values()) / self.n for i in (0, 1)]
        self.df = {}
        for f in self.fields.values():
            for term in set(f[0]) | set(f[1]):
                self.df[term] = self.df.get(term, 0) + 1

    def counts(self, text):
        c = {}
        for t, _ in self.tokenize(text):
            c[t] = c.get(t, 0) + 1
        return c

    def search(self, query, k=3):
        scores = {}
        for term, weight in self.tokenize(query, query=True):
            df = self.df.get(term)
            if not df:
                continue
            idf = math.log(1 + (self.n - df + 0.5) / (df + 0.5))
            for name, f in self.fields.items():
                s = 0.0
                for i, boost in ((0, 3.0), (1, 1.0)):
                    tf = f[i].get(term, 0)
                    length = sum(f[i].values())
                    s += boost * idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / self.avg[i])) if tf else 0
                if s:
                    scores[name] = scores.get(name, 0) + weight * s
        return [n for n, _ in sorted(scores.items(), key=lambda x: -x[1])[:k]]


def main():
    docs = read_topics()
    cases = tomllib.loads(CASES.read_text())["case"]
    print("| segmentation | hit@3 | distinct terms | tokenising all topics | extra memory |")
    print("|---|---|---|---|---|")
    for name, tokenize in (("CJK bigrams", bigrams), ("jieba cut_for_search", jieba_tokens)):
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if name.startswith("jieba"):
            import jieba
            jieba.setLogLevel(60)
            jieba.initialize()
        memory = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
        start = time.perf_counter()
        index = Bm25(docs, tokenize)
        elapsed = time.perf_counter() - start
        hits = sum(1 for c in cases if c["expected"] in index.search(c["query"]))
        print(f"| {name} | {hits}/{len(cases)} | {len(index.df)} | {elapsed * 1000:.0f} ms | {memory:.0f} MB |")


if __name__ == "__main__":
    main()
