"""A synthetic corpus for benchmarks: fintech news in English, Simplified and Traditional Chinese.

Sentences are built from templates and real names of the lexicon, mixed with sentences that name
nothing (as real articles do), and written as Markdown with front matter, plain text and HTML.
Deterministic for a given seed and size.

    python -m benchmarks.generate_corpus OUT_DIR --mb 20
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import opencc

from ingest.lexicon import default_lexicon
from kg.vocab import EntityType

EN_TEMPLATES = (
    "{regulator} announced that it regulates {company} under its new framework.",
    "{company} launched {initiative} together with several partners.",
    "{bank} adopted {tech} to improve its risk controls.",
    "{bank} and {company} participated in {initiative}.",
    "{regulator} granted {company} a licence after a long review.",
    "{company} partnered with {bank} on cross-border services.",
    "{initiative} is led by {regulator}.",
)
ZH_TEMPLATES = (
    "{regulator}表示，将加强对{company}的监管。",
    "{company}宣布推出{initiative}。",
    "{bank}运用{tech}技术提升风控能力。",
    "{bank}和{company}参与{initiative}。",
    "{regulator}向{company}发放了牌照。",
    "{company}与{bank}合作开展跨境业务。",
    "{initiative}由{regulator}牵头推进。",
)
EN_FILLER = (
    "Analysts said the market was still at an early stage.",
    "The announcement came after months of consultation with the industry.",
    "Customers will be able to use the service from next year.",
    "Critics argued that the rules could slow down innovation.",
    "The pilot will run for twelve months before a review.",
)
ZH_FILLER = (
    "业内人士认为，相关业务仍处于早期阶段。",
    "此前，监管部门已就相关规则征求了意见。",
    "用户预计将于明年起使用该服务。",
    "也有观点认为，新规可能在短期内增加合规成本。",
    "试点期为十二个月，期满后将进行评估。",
)
ROLES = {
    "regulator": (EntityType.REGULATOR, EntityType.SUPERVISORY_AUTHORITY, EntityType.CENTRAL_BANK),
    "company": (EntityType.FINTECH_COMPANY, EntityType.PAYMENT_INSTITUTION, EntityType.DIGITAL_BANK),
    "bank": (EntityType.BANK,),
    "initiative": (EntityType.PROJECT, EntityType.PAYMENT_SYSTEM, EntityType.DIGITAL_INFRASTRUCTURE),
    "tech": (EntityType.TECHNOLOGY,),
}


def _names(language: str) -> dict[str, list[str]]:
    lexicon = default_lexicon()
    by_role: dict[str, list[str]] = {}
    for role, types in ROLES.items():
        names = []
        for entry in lexicon.entries.values():
            if entry.type in types:
                # names: (English, Simplified, Traditional, aliases...) as the lexicon lists them
                wanted = entry.names[1] if language == "zh" and len(entry.names) > 1 else entry.names[0]
                names.append(wanted)
        by_role[role] = sorted(set(names))
    return by_role


def _paragraph(rng: random.Random, language: str, names: dict[str, list[str]]) -> str:
    templates, filler = (ZH_TEMPLATES, ZH_FILLER) if language == "zh" else (EN_TEMPLATES, EN_FILLER)
    sentences = []
    for _ in range(rng.randint(3, 7)):
        if rng.random() < 0.5:
            sentences.append(rng.choice(filler))
        else:
            values = {role: rng.choice(options) for role, options in names.items()}
            sentences.append(rng.choice(templates).format(**values))
    return ("" if language == "zh" else " ").join(sentences)


def generate(out: Path, megabytes: float, seed: int = 7, doc_kb: int = 20) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    names = {"en": _names("en"), "zh": _names("zh")}
    to_traditional = opencc.OpenCC("s2t")
    written: list[Path] = []
    total = 0
    index = 0
    while total < megabytes * 1_000_000:
        language = ("en", "zh", "zh-Hant")[index % 3]
        base = "en" if language == "en" else "zh"
        paragraphs = []
        size = 0
        while size < doc_kb * 1000:
            paragraph = _paragraph(rng, base, names[base])
            paragraphs.append(paragraph)
            size += len(paragraph.encode())
        if language == "zh-Hant":
            paragraphs = [to_traditional.convert(p) for p in paragraphs]
        kind = index % 3
        title = f"Synthetic fintech report {index}"
        if kind == 0:
            body = f'---\ntitle: {title}\ndate: 2024-01-{index % 28 + 1:02d}\ncode: "{index:06d}"\n---\n\n'
            body += "\n\n".join(paragraphs)
            path = out / f"doc-{index:05d}.md"
        elif kind == 1:
            body = title + "\n\n" + "\n\n".join(paragraphs) + "\n\n转载请注明出处\n"
            path = out / f"doc-{index:05d}.txt"
        else:
            body = (
                f"<html><head><title>{title}</title><script>var x = 1;</script></head><body><nav>Home</nav>"
            )
            body += (
                "".join(f"<p>{p}</p>" for p in paragraphs)
                + "<footer>All rights reserved.</footer></body></html>"
            )
            path = out / f"doc-{index:05d}.html"
        data = body.encode("utf-8")
        path.write_bytes(data)
        written.append(path)
        total += len(data)
        index += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--mb", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = generate(args.out, args.mb, args.seed)
    print(f"wrote {len(paths)} documents, {sum(p.stat().st_size for p in paths) / 1e6:.1f} MB to {args.out}")


if __name__ == "__main__":
    main()
