#pragma once
// pension-cli batch: a CSV list of people in, one CSV row per person and plan out (docs/batch.md).

#include "params.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace pension::cli {

struct BatchOptions {
    QString input, output, plans;
    YearMonth today;
    int threads = 0; // 0: one per core
};

// Returns the exit status: 0 when the file was processed (rows with errors included), 2 for unusable input.
int runBatch(const BatchOptions &o, const ParameterLibrary &library, QTextStream &err);

} // namespace pension::cli
