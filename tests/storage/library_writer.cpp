// Test helper: saves cases into a library as fast as it can and prints "saved ID NAME" after each commit, until
// it is killed. test_caselibrary kills it mid-write (and mid-backup) again and again and checks every reported case
// and every backup afterwards.

#include "caselibrary.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    // Modes: (none) save cases until killed; "open" open (which backs up a changed library) and say how it went;
    // "backup" save a case and back up, again and again, until killed.
    const QByteArray mode = argc > 2 ? QByteArray(argv[2]) : QByteArray();
    pension::storage::CaseLibrary library;
    if (!library.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error()));
        return 1;
    }
    if (mode == "open") {
        std::printf("opened %s\n", library.isReadOnly() ? "read-only" : "writable");
        return 0;
    }
    for (int i = 0;; ++i) {
        pension::storage::CaseRecord r;
        r.name = QStringLiteral("居民%1").arg(i);
        r.idNumber = QStringLiteral("37070219700101%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
        // A case text of realistic size (about 2 KB), different for every case.
        r.json = QStringLiteral("{\"format\":\"pension-case/1\",\"n\":%1,\"pad\":\"%2\"}")
                     .arg(i)
                     .arg(QString(2000, QLatin1Char('x')));
        library.saveDraft(r.json, 0);
        const qint64 id = library.save(r);
        if (id == 0)
            return 1;
        std::printf("saved %lld %s\n", static_cast<long long>(id), qPrintable(r.name));
        std::fflush(stdout);
        if (mode == "backup") {
            const QString backup = library.backupNow();
            std::printf("backup %s\n", backup.isEmpty() ? "FAILED" : qPrintable(backup));
            std::fflush(stdout);
        }
    }
}
