#pragma once
// Shared helpers of the engine tests: the shipped parameter packs read from resources/regions/ (the engine tests do
// not link builtin_packs), case files from tests/data/, and small conversions.

#include "case.h"
#include "params.h"
#include "projection.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>

namespace support {

// tests/data of the source tree. (PENSION_TEST_DATA is derived from the directory pension_add_test is called from,
// which is tests/engine for these tests, so the path is built from PENSION_SOURCE_DIR instead.)
inline QString testData(const QString &relative)
{
    return QStringLiteral(PENSION_SOURCE_DIR "/tests/data/") + relative;
}

inline QString regionsDir()
{
    return QStringLiteral(PENSION_SOURCE_DIR "/resources/regions");
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return f.readAll();
}

inline std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

// The file names of the shipped packs (national.json, shandong.json, hebei.json, …).
inline QStringList shippedPackFiles()
{
    return QDir(regionsDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

// A library holding every shipped pack, read from the source tree. A pack that fails validation throws, so a test
// using the library fails loudly instead of running on partial data.
inline pension::ParameterLibrary shippedLibrary()
{
    pension::ParameterLibrary lib;
    const QStringList files = shippedPackFiles();
    if (files.isEmpty())
        throw std::runtime_error("no packs in " + regionsDir().toStdString());
    for (const QString &name : files) {
        const QByteArray text = readFile(regionsDir() + QLatin1Char('/') + name);
        if (auto e = lib.add(name.toStdString(), view(text)))
            throw std::runtime_error("shipped pack rejected: " + e->message());
    }
    return lib;
}

// The library is read once per test executable.
inline const pension::ParameterLibrary &library()
{
    static const pension::ParameterLibrary lib = shippedLibrary();
    return lib;
}

inline pension::ParameterSet region(std::string_view id)
{
    auto r = library().resolve(id);
    if (auto *e = std::get_if<pension::PackError>(&r))
        throw std::runtime_error("cannot resolve " + std::string(id) + ": " + e->message());
    return std::get<pension::ParameterSet>(std::move(r));
}

inline pension::YearMonth ym(const char *text)
{
    auto m = pension::YearMonth::parse(text);
    if (!m)
        throw std::runtime_error(std::string("bad month in test: ") + text);
    return *m;
}

// A Shandong flexible worker, man born 1980-05 (statutory 63 = 2043-05, window 2040-05 … 2046-05), whose statement of
// 2025-06 shows 120 account months at index 0.6 and 30000 yuan; paying grade 1.0 to retirement.
inline constexpr const char *kFlexible1980 = R"({
  "format": "pension-case/1",
  "region": "shandong",
  "asOf": "2025-06",
  "person": { "sex": "male", "birth": "1980-05", "track": "male-60" },
  "insurance": { "kind": "flexible", "firstContribution": "2015-07" },
  "record": { "deemedMonths": 0, "preAccountMonths": 0, "accountMonths": 120, "averageIndex": 0.6, "accountBalance": 30000.00 },
  "plan": { "retire": "statutory", "contributions": [ { "from": "2025-07", "until": "retirement", "grade": 1.0, "kind": "flexible" } ] }
})";

// Reads a case text; a test that needs a valid case gets an exception (reported by QtTest) when it is not.
inline pension::Case caseFromText(std::string_view text)
{
    auto r = pension::readCase(text);
    if (auto *e = std::get_if<pension::InputError>(&r))
        throw std::runtime_error("case rejected: " + e->describe());
    return std::get<pension::Case>(std::move(r));
}

inline pension::Case caseFromFile(const QString &path)
{
    const QByteArray text = readFile(path);
    return caseFromText(view(text));
}

inline QString yuan(pension::Fen f)
{
    return QString::fromStdString(pension::formatFen(f));
}

// A case prepared, or the test stops with the engine's message.
inline std::shared_ptr<const pension::Prepared> mustPrepare(const pension::Case &c, pension::YearMonth today)
{
    auto p = pension::prepare(c, library(), today);
    if (auto *e = std::get_if<pension::InputError>(&p))
        throw std::runtime_error("prepare: " + e->describe());
    return std::get<std::shared_ptr<const pension::Prepared>>(p);
}

// A plan estimated, or the test stops with the engine's message.
inline pension::Result mustEstimate(const pension::Prepared &p, const pension::Plan &plan)
{
    auto r = pension::estimate(p, plan);
    if (auto *e = std::get_if<pension::InputError>(&r))
        throw std::runtime_error("estimate: " + e->describe());
    return std::get<pension::Result>(std::move(r));
}

} // namespace support
