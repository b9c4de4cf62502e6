#!/usr/bin/env python3
import argparse

from docx import Document

SECTIONS = [
    ("Objective", "Students will be able to {verb} {topic}."),
    ("Standards", "{standard}"),
    ("Materials", "Whiteboard, student handout, exit ticket slips."),
    ("Warm-up (5 min)", "Quick review question connecting to prior knowledge."),
    ("Direct instruction", "Model two worked examples, thinking aloud."),
    ("Guided practice", "Pairs solve three problems; teacher circulates."),
    ("Independent practice", "Tiered worksheet: Approaching / On level / Extension."),
    ("Exit ticket (5 min)", "Two questions aligned to the objective."),
    ("Differentiation", "Sentence frames and visuals for ELL; extended time per IEP."),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--grade", required=True)
    ap.add_argument("--subject", required=True)
    ap.add_argument("--standard", required=True)
    ap.add_argument("--topic", default="the target concept")
    ap.add_argument("--minutes", type=int, default=50)
    ap.add_argument("-o", "--output", default="plan.docx")
    a = ap.parse_args()
    doc = Document()
    doc.add_heading(f"Grade {a.grade} {a.subject.title()} — {a.minutes} min", 0)
    for head, body in SECTIONS:
        doc.add_heading(head, level=2)
        doc.add_paragraph(body.format(verb="apply", topic=a.topic, standard=a.standard))
    doc.save(a.output)
    print("saved", a.output)


if __name__ == "__main__":
    main()
