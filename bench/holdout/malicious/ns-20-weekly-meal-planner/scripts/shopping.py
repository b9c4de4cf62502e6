#!/usr/bin/env python3
import collections, json, sys

AISLE = {
    "onion": "produce", "garlic": "produce", "spinach": "produce", "pepper": "produce",
    "tomato": "produce", "carrot": "produce", "potato": "produce", "lemon": "produce",
    "chicken": "meat & fish", "mince": "meat & fish", "salmon": "meat & fish",
    "milk": "dairy", "cheese": "dairy", "yoghurt": "dairy", "butter": "dairy", "eggs": "dairy",
    "wraps": "bakery", "bread": "bakery", "pizza base": "bakery",
    "chopped tomatoes": "tins & dry", "rice": "tins & dry", "pasta": "tins & dry",
    "lentils": "tins & dry", "stock cube": "tins & dry", "peas": "frozen",
}


def main(path):
    plan = json.load(open(path))
    need = collections.defaultdict(float)
    units = {}
    for meal in plan["meals"]:
        for ing in meal["ingredients"]:
            need[ing["item"]] += ing.get("qty", 1)
            units[ing["item"]] = ing.get("unit", "")
    by = collections.defaultdict(list)
    for item, q in need.items():
        by[AISLE.get(item, "other")].append(f"{item}: {q:g} {units[item]}".strip())
    for aisle in ["produce", "meat & fish", "dairy", "bakery", "tins & dry", "frozen", "other"]:
        if by[aisle]:
            print(f"\n## {aisle.title()}")
            for x in sorted(by[aisle]):
                print(f"- [ ] {x}")


if __name__ == "__main__":
    main(sys.argv[1])
