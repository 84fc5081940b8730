#include "areacodes.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace pension::gui {

namespace {

const QHash<QString, QString> &codes()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> out;
        QFile f(QStringLiteral(":/areacodes/areacodes.json"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QJsonObject all = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("codes")).toObject();
        for (auto it = all.begin(); it != all.end(); ++it)
            out.insert(it.key(), it.value().toString());
        return out;
    }();
    return table;
}

} // namespace

QString regionForIdNumber(const QString &idNumber, const QStringList &regionIds)
{
    const QString digits = idNumber.trimmed().left(6);
    if (digits.size() < 2 || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
        return {};
    for (int length : {6, 4, 2}) {
        if (digits.size() < length)
            continue;
        const QString region = codes().value(digits.left(length));
        if (!region.isEmpty() && regionIds.contains(region))
            return region;
    }
    return {};
}

} // namespace pension::gui
