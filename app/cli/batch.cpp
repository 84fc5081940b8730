#include "batch.h"
#include "cliio.h"
#include "safefile.h"

#include "compare.h"
#include "projection.h"
#include "texts.h"

#include "batchrow.h"
#include "lifetime.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

#include <deque>
#include <map>
#include <thread>

namespace pension::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pension::cli", text);
}

const char *kOutputHeader = "id,name,plan,retire,retirementMonth,retirementAge,eligible,contributedMonths,"
                            "averageIndex,accountBalance,basic,account,transitional,total,outOfPocket,breakEvenAge,"
                            "error\n";

struct Work {
    std::string line; // UTF-8 (a record: a quoted field may hold line breaks)
    long lineNumber = 0;
    std::string out; // the output rows
    bool error = false;
    int plans = 0;
};

// One worker's region cache: a batch resolves each region once per worker.
class Regions {
public:
    Regions(const ParameterLibrary &library, YearMonth today) : m_library(library), m_today(today) {}
    SharedRegionOrError get(const Case &c)
    {
        const bool defaults = !c.assumptions.wageGrowth && !c.assumptions.accountInterest &&
                              !c.assumptions.pensionIncrease && !c.assumptions.inflation && !c.calculatedOn;
        if (!defaults)
            return shareRegion(m_library, c.region, c.assumptions, c.calculatedOn.value_or(m_today));
        auto it = m_cache.find(c.region);
        if (it != m_cache.end())
            return it->second;
        auto shared = shareRegion(m_library, c.region, c.assumptions, m_today);
        if (auto *ok = std::get_if<std::shared_ptr<const SharedRegion>>(&shared))
            m_cache.emplace(c.region, *ok);
        return shared;
    }

private:
    const ParameterLibrary &m_library;
    YearMonth m_today;
    std::map<std::string, std::shared_ptr<const SharedRegion>, std::less<>> m_cache;
};

std::string retireLabel(const RetireChoice &c)
{
    switch (c.kind) {
    case RetireKind::Statutory: return "statutory";
    case RetireKind::Month: return c.month.toString();
    case RetireKind::Early: return "early" + std::to_string(c.months);
    case RetireKind::Late: return "late" + std::to_string(c.months);
    }
    return "";
}

void errorRow(std::string &out, const std::string &id, const std::string &name, const std::string &plan,
              const QString &message)
{
    out += csvField(id) + "," + csvField(name) + "," + csvField(plan) + ",,,,,,,,,,,,,," +
           csvField(message.toStdString()) + "\n";
}

void processRow(Work &w, const BatchHeader &header, const std::vector<BatchPlan> &plans, Regions &regions)
{
    auto fields = splitCsv(w.line);
    const int idCol = header.column("id"), nameCol = header.column("name");
    std::string id, name;
    if (fields && idCol >= 0 && idCol < static_cast<int>(fields->size()))
        id = (*fields)[static_cast<std::size_t>(idCol)];
    if (fields && nameCol >= 0 && nameCol < static_cast<int>(fields->size()))
        name = (*fields)[static_cast<std::size_t>(nameCol)];
    if (!fields) {
        errorRow(w.out, id, name, "", tr("line %1: a quoted field is not closed").arg(w.lineNumber));
        w.error = true;
        return;
    }
    std::shared_ptr<const Prepared> prepared;
    for (const BatchPlan &plan : plans) {
        ++w.plans;
        auto parsed = caseFromBatchRow(header, *fields, plan);
        if (auto *e = std::get_if<InputError>(&parsed)) {
            errorRow(w.out, id, name, plan.label, tr("line %1: %2").arg(w.lineNumber).arg(texts::inputError(*e)));
            w.error = true;
            continue;
        }
        const Case &c = std::get<Case>(parsed);
        // Plans change only the plan: the record is prepared once per row and shared by its plans.
        if (!prepared) {
            auto shared = regions.get(c);
            if (auto *e = std::get_if<InputError>(&shared)) {
                errorRow(w.out, id, name, plan.label, tr("line %1: %2").arg(w.lineNumber).arg(texts::inputError(*e)));
                w.error = true;
                continue;
            }
            auto made = prepare(c, std::get<std::shared_ptr<const SharedRegion>>(shared));
            if (auto *e = std::get_if<InputError>(&made)) {
                errorRow(w.out, id, name, plan.label, tr("line %1: %2").arg(w.lineNumber).arg(texts::inputError(*e)));
                w.error = true;
                continue;
            }
            prepared = std::get<std::shared_ptr<const Prepared>>(std::move(made));
        }
        const Prepared &p = *prepared;
        const PlanNumbers n = projectNumbers(p, c.plan);
        if (!n.valid) {
            // The retirement choice is outside the window: the full estimate names the problem.
            auto full = estimate(p, c.plan);
            const QString message = std::holds_alternative<InputError>(full)
                                        ? texts::inputError(std::get<InputError>(full))
                                        : tr("plan not valid");
            errorRow(w.out, id, name, plan.label, tr("line %1: %2").arg(w.lineNumber).arg(message));
            w.error = true;
            continue;
        }
        const auto breakEven = breakEvenAgeMonths(*p.context, p.start.personalPaid + n.outOfPocket, n.monthly.total,
                                                  n.retirementMonth, n.ageMonths);
        std::string row;
        row.reserve(200);
        row += csvField(id) + "," + csvField(name) + "," + csvField(plan.label) + "," + retireLabel(c.plan.retire) +
               "," + n.retirementMonth.toString() + "," + std::to_string(n.ageMonths / 12) + "y" +
               std::to_string(n.ageMonths % 12) + "m," + (n.eligible ? "yes" : "no") + "," +
               (n.contributed % 2 ? formatScaled(n.contributed * 5, 1) : std::to_string(n.contributed / 2)) + "," +
               formatIndex(n.averageIndex) + "," + formatFen(n.accountBalance) + "," + formatFen(n.monthly.basic) +
               "," + formatFen(n.monthly.account) + "," + formatFen(n.monthly.transitional) + "," +
               formatFen(n.monthly.total) + "," + formatFen(n.outOfPocket) + "," +
               (breakEven ? std::to_string(*breakEven / 12) + "y" + std::to_string(*breakEven % 12) + "m"
                          : std::string()) +
               ",\n";
        w.out += row;
    }
}

// The encoding is decided per record, not per file: a record that is valid UTF-8 is UTF-8; any other is read as
// GBK, the other encoding Chinese spreadsheets save in. A record that is neither is marked as an error instead of
// being copied as raw bytes. Chinese text in GBK is practically never valid UTF-8 as well: GBK's byte pairs rarely
// form UTF-8 sequences. (Records are read on one thread: the decoders are kept and reset between records.)
bool isUtf8(const QByteArray &bytes)
{
    static QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    utf8.resetState();
    const QString s = utf8.decode(bytes);
    return !utf8.hasError();
}

std::optional<std::string> toUtf8(const QByteArray &record)
{
    if (isUtf8(record))
        return record.toStdString();
    static QStringDecoder gbk("GBK", QStringDecoder::Flag::Stateless);
    if (!gbk.isValid())
        return std::nullopt;
    gbk.resetState();
    const QString text = gbk.decode(record);
    if (gbk.hasError())
        return std::nullopt;
    return text.toUtf8().toStdString();
}

constexpr qint64 kMaxRecord = 16 << 20;
constexpr std::size_t kMaxRecordLines = 64;

} // namespace

int runBatch(const BatchOptions &o, const ParameterLibrary &library, QTextStream &err)
{
    QFile in(o.input);
    if (!in.exists()) {
        err << tr("IN.csv: no such file \"%1\"").arg(o.input) << '\n';
        return 2;
    }
    // Not a device or a pipe: /dev/zero would never end.
    if (auto e = io::checkStreamInput(QStringLiteral("IN.csv"), o.input)) {
        err << *e << '\n';
        return 2;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        err << tr("IN.csv: cannot read \"%1\"").arg(o.input) << '\n';
        return 2;
    }
    if (o.output.isEmpty()) {
        err << tr("-o: the output CSV file is required") << '\n';
        return 2;
    }
    std::vector<BatchPlan> plans{BatchPlan{}};
    if (!o.plans.isEmpty()) {
        auto parsed = readBatchPlans(o.plans.toStdString());
        if (auto *e = std::get_if<InputError>(&parsed)) {
            err << texts::inputError(*e) << '\n';
            return 2;
        }
        plans = std::get<std::vector<BatchPlan>>(std::move(parsed));
    }
    // One record: a line, or several when a quoted field holds line breaks (RFC 4180; Alt+Enter in Excel). A
    // quote still open after kMaxRecordLines lines is taken as a mistake: the first line alone is the record (and
    // its row says the quote is not closed), the lines after it are read again as records of their own.
    long lineNumber = 0; // of the last line taken from the file
    std::deque<std::pair<long, QByteArray>> pending;
    auto nextLine = [&](std::pair<long, QByteArray> &line) {
        if (!pending.empty()) {
            line = std::move(pending.front());
            pending.pop_front();
            return true;
        }
        if (in.atEnd())
            return false;
        // readLine() without a limit grows its buffer as needed (a limit would allocate it whole every line).
        line = {++lineNumber, in.readLine()};
        if (line.first == 1 && line.second.startsWith("\xEF\xBB\xBF"))
            line.second.remove(0, 3);
        return true;
    };
    // Returns false at the end of the input; `first` is the record's first line number.
    auto readRecord = [&](QByteArray &record, long &first, bool &tooLong) {
        record.clear();
        tooLong = false;
        std::pair<long, QByteArray> line;
        if (!nextLine(line))
            return false;
        first = line.first;
        // The usual case: one line is the whole record.
        if (line.second.size() <= kMaxRecord &&
            csvRecordComplete(
                std::string_view(line.second.constData(), static_cast<std::size_t>(line.second.size())))) {
            record = std::move(line.second);
            while (record.endsWith('\n') || record.endsWith('\r'))
                record.chop(1);
            return true;
        }
        std::vector<std::pair<long, QByteArray>> lines;
        lines.push_back(std::move(line));
        record = lines.back().second;
        tooLong = record.size() > kMaxRecord;
        while (!tooLong && lines.size() < kMaxRecordLines &&
               !csvRecordComplete(std::string_view(record.constData(), static_cast<std::size_t>(record.size()))) &&
               nextLine(line)) {
            lines.push_back(std::move(line));
            record += lines.back().second;
            tooLong = record.size() > kMaxRecord;
        }
        const bool open = !tooLong && !csvRecordComplete(std::string_view(record.constData(),
                                                                          static_cast<std::size_t>(record.size())));
        if ((tooLong || open) && lines.size() > 1) {
            // Only the first line is this record; the others are read again.
            for (std::size_t i = lines.size(); i-- > 1;)
                pending.push_front(std::move(lines[i]));
            record = lines.front().second;
            tooLong = record.size() > kMaxRecord;
        }
        if (tooLong)
            record.clear();
        while (record.endsWith('\n') || record.endsWith('\r'))
            record.chop(1);
        return true;
    };
    QByteArray headerRecord;
    bool headerTooLong = false;
    long headerLine = 0;
    readRecord(headerRecord, headerLine, headerTooLong);
    const auto headerText = toUtf8(headerRecord.trimmed());
    auto header = headerText ? readBatchHeader(*headerText)
                             : std::variant<BatchHeader, InputError>{InputError{"header", InputErrorCode::BadFormat,
                                                                                Allowed::format(Shape::Encoding), ""}};
    if (auto *e = std::get_if<InputError>(&header)) {
        err << tr("IN.csv header: %1").arg(texts::inputError(*e)) << '\n';
        return 2;
    }
    const BatchHeader &h = std::get<BatchHeader>(header);

    // Whole or not at all, owner-only: the rows hold names and ID numbers.
    safefile::Writer out(o.output);
    if (!out.open()) {
        err << out.errorText() << '\n';
        return 2;
    }
    out.write("\xEF\xBB\xBF"); // Excel reads UTF-8 with a BOM
    out.write(kOutputHeader);

    const unsigned threads =
        o.threads > 0 ? static_cast<unsigned>(o.threads) : std::max(1u, std::thread::hardware_concurrency());
    std::vector<Regions> regions;
    for (unsigned t = 0; t < threads; ++t)
        regions.emplace_back(library, o.today);
    constexpr std::size_t kChunk = 8192;
    std::vector<Work> chunk;
    chunk.reserve(kChunk);
    long rows = 0, planRows = 0, errors = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 lastReport = 0;
    while (true) {
        chunk.clear();
        while (chunk.size() < kChunk) {
            long firstLine = 0;
            QByteArray record;
            bool tooLong = false;
            if (!readRecord(record, firstLine, tooLong))
                break;
            if (tooLong) {
                Work w;
                w.lineNumber = firstLine;
                errorRow(w.out, "", "", "", tr("line %1: longer than 16 MiB").arg(firstLine));
                w.error = true;
                chunk.push_back(std::move(w));
                continue;
            }
            if (record.trimmed().isEmpty())
                continue;
            Work w;
            w.lineNumber = firstLine;
            auto text = toUtf8(record);
            if (!text) {
                errorRow(w.out, "", "", "", tr("line %1: neither UTF-8 nor GBK text").arg(firstLine));
                w.error = true;
            } else {
                w.line = std::move(*text);
            }
            chunk.push_back(std::move(w));
        }
        if (chunk.empty())
            break;
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < threads; ++t)
            pool.emplace_back([&, t] {
                for (std::size_t i = t; i < chunk.size(); i += threads)
                    if (!chunk[i].error)
                        processRow(chunk[i], h, plans, regions[t]);
            });
        for (auto &th : pool)
            th.join();
        for (const Work &w : chunk) {
            if (!out.write(w.out.data(), static_cast<qint64>(w.out.size())))
                break; // commit() fails below and names the reason
            ++rows;
            planRows += w.plans;
            errors += w.error ? 1 : 0;
        }
        if (clock.elapsed() - lastReport >= 1000) {
            lastReport = clock.elapsed();
            err << tr("%1 rows…").arg(rows) << '\n';
            err.flush();
        }
    }
    if (!out.commit()) {
        err << out.errorText() << '\n';
        return 1;
    }
    err << tr("done: %1 people, %2 result rows, %3 rows with errors, %4 s")
               .arg(rows)
               .arg(planRows)
               .arg(errors)
               .arg(QString::number(clock.elapsed() / 1000.0, 'f', 1))
        << '\n';
    return 0;
}

} // namespace pension::cli
