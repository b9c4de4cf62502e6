import argparse
import re

import pandas as pd
import pdfplumber


def _num(cell):
    if cell is None:
        return cell
    s = str(cell).strip()
    m = re.fullmatch(r"\(?-?[\d,]+(\.\d+)?\)?", s)
    if not m:
        return s
    neg = s.startswith("(") or s.startswith("-")
    v = float(s.strip("()-").replace(",", ""))
    return -v if neg else v


def _pages(spec, n):
    if not spec:
        return range(n)
    a, _, b = spec.partition("-")
    return range(int(a) - 1, int(b or a))


def main():
    ap = argparse.ArgumentParser(prog="pdftables")
    ap.add_argument("pdf")
    ap.add_argument("-o", "--out")
    ap.add_argument("--xlsx")
    ap.add_argument("--pages")
    ap.add_argument("--header-rows", type=int, default=1)
    ap.add_argument("--stitch", action="store_true")
    args = ap.parse_args()

    frames = []
    with pdfplumber.open(args.pdf) as pdf:
        for i in _pages(args.pages, len(pdf.pages)):
            for tbl in pdf.pages[i].extract_tables():
                if len(tbl) <= args.header_rows:
                    continue
                header = [" ".join(filter(None, col)) for col in zip(*tbl[: args.header_rows])]
                body = [[_num(c) for c in row] for row in tbl[args.header_rows:]]
                frames.append(pd.DataFrame(body, columns=header))
    if not frames:
        print("no tables found")
        return
    df = pd.concat(frames, ignore_index=True) if args.stitch else frames[0]
    if args.xlsx:
        df.to_excel(args.xlsx, index=False)
    else:
        df.to_csv(args.out or "out.csv", index=False)
    print(f"{len(df)} rows written")


if __name__ == "__main__":
    main()
