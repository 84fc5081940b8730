#!/usr/bin/env bash
# Renders the hicolor PNG sizes from pension-planner.svg. Run by hand after changing the SVG (needs librsvg2-bin);
# the PNGs are committed, so building the program does not need it.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" pension-planner.svg -o "pension-planner-$size.png"
done
