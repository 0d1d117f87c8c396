"""Runs one reference NLP tool on one input file for Tools/bench.

usage: reference.py TOOL INPUT --report FILE [--top N] [--sentences N]
TOOL: pysbd | blingfire | sumy-textrank | sumy-lexrank | yake

The tool's output goes to stdout. The seconds spent on the work itself (reading the
file, processing, writing the output) go to the --report file as JSON, so the
bench can show the tool's cost without the interpreter start-up and imports,
which /usr/bin/time's whole-process figure includes.
"""
import argparse
import json
import sys
import time

# Common English abbreviations for the untrained Punkt model that sumy gets here
# (nltk's trained punkt data is not a PyPI package, so nothing is downloaded).
ABBREVIATIONS = ["mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "e.g", "i.e",
                 "inc", "ltd", "co", "jr", "sr", "no", "fig", "approx", "u.s"]


def load_tool(name, top, sentences):
    """Imports the tool and returns a function text -> output text (imports are not timed)."""
    if name == "pysbd":
        import pysbd
        segmenter = pysbd.Segmenter(language="en", clean=False)

        def run(text):
            # Line by line: pySBD is much slower on one long string.
            out = []
            for line in text.splitlines():
                if line.strip():
                    out.extend(s.strip() for s in segmenter.segment(line))
            return "\n".join(out) + "\n"
        return run
    if name == "blingfire":
        import blingfire

        def run(text):
            out = []
            for line in text.splitlines():
                if line.strip():
                    out.append(blingfire.text_to_sentences(line))
            return "\n".join(out) + "\n"
        return run
    if name in ("sumy-textrank", "sumy-lexrank"):
        return load_sumy(name, sentences)
    if name == "yake":
        import yake
        extractor = yake.KeywordExtractor(lan="en", n=3, top=top)

        def run(text):
            return "".join(f"{phrase}\t{score:.6f}\n" for phrase, score in extractor.extract_keywords(text))
        return run
    raise SystemExit(f"reference.py: unknown tool {name}")


def load_sumy(name, sentences):
    from nltk.tokenize import NLTKWordTokenizer
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.utils import get_stop_words
    if name == "sumy-textrank":
        from sumy.summarizers.text_rank import TextRankSummarizer as Summarizer
    else:
        from sumy.summarizers.lex_rank import LexRankSummarizer as Summarizer

    class OfflineTokenizer(Tokenizer):
        """sumy's English tokenizer with an untrained Punkt model instead of nltk's punkt data."""

        def _get_sentence_tokenizer(self, language):
            parameters = PunktParameters()
            parameters.abbrev_types = set(ABBREVIATIONS)
            return PunktSentenceTokenizer(parameters)

        def _get_word_tokenizer(self, language):
            return NLTKWordTokenizer()

    tokenizer = OfflineTokenizer("english")
    summarizer = Summarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def run(text):
        parser = PlaintextParser.from_string(text, tokenizer)
        return "".join(str(s) + "\n" for s in summarizer(parser.document, sentences))
    return run


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tool")
    parser.add_argument("input")
    parser.add_argument("--report", required=True)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--sentences", type=int, default=5)
    args = parser.parse_args()
    run = load_tool(args.tool, args.top, args.sentences)
    start = time.perf_counter()
    with open(args.input, encoding="utf-8") as handle:
        text = handle.read()
    output = run(text)
    sys.stdout.write(output)
    sys.stdout.flush()
    seconds = time.perf_counter() - start
    with open(args.report, "w", encoding="utf-8") as handle:
        json.dump({"seconds": seconds}, handle)


if __name__ == "__main__":
    main()
