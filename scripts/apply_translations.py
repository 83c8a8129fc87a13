#!/usr/bin/python3
"""Fill unfinished entries of the German .ts file from JSON files {"English source": "German"}.

Usage: scripts/apply_translations.py i18n/gemeinschaftsinitiative_berlin_de.ts FILE.json [...]
Prints the sources that are still untranslated afterwards (exit 1 if any), so a translator
knows what is left. Finished translations are never overwritten.
"""

import json
import sys
import xml.etree.ElementTree as ET


def main(argv):
    ts_path, json_paths = argv[1], argv[2:]
    translations = {}
    for path in json_paths:
        with open(path, encoding="utf-8") as handle:
            translations.update(json.load(handle))
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            unfinished = translation.get("type") == "unfinished" or not (translation.text or "").strip()
            if not unfinished:
                continue
            if source in translations:
                translation.text = translations[source]
                translation.attrib.pop("type", None)
            else:
                missing.append("{}: {}".format(context.findtext("name"), source))
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
