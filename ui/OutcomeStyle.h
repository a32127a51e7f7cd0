#pragma once

#include "api/Outcome.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

// How an outcome looks: an icon (so colour is never the only cue) and a text colour that
// stays readable on light and dark palettes.
namespace OutcomeStyle {

QIcon icon(Outcome outcome);
QColor color(Outcome outcome, const QPalette &palette);

} // namespace OutcomeStyle
