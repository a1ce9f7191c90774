#!/usr/bin/env bash
# core/ must build without QtGui, QtWidgets or QtCharts: the engine and the store run headless.
cd "$(dirname "$0")/.."
hits=$(grep -rnE '#include *<(QtWidgets|QtGui|QtCharts|QWidget|QApplication|QMainWindow|QPainter|QImage|QChart)' core || true)
if [[ -n "$hits" ]]; then
  echo "core/ includes GUI headers:"
  echo "$hits"
  exit 1
fi
if grep -rnE 'Qt6?::(Widgets|Gui|Charts)' core --include=CMakeLists.txt; then
  echo "core/ links a GUI library"
  exit 1
fi
echo "layering ok: core/ has no GUI includes or links"
