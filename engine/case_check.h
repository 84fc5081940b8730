#pragma once
// Inside the engine: the limits and checks every source of a case shares (case files in case_read.cpp, batch rows
// in case_flat.cpp). A failed read throws Bad; the checks across fields record into Problems, so a case file's
// reader can report every problem at once and a batch row's the first.

#include "case.h"
#include "law.h"

#include <string>

namespace pension::caseio {

struct Bad {
    InputError error;
};

// At most 40 bytes of a value, cut at a character boundary.
std::string shortened(std::string got);
[[noreturn]] void fail(std::string field, InputErrorCode code, Allowed allowed, std::string got = {});

// The problems found in one case, in document order, at most one per field (the first found: a later one usually
// follows from it). A reader goes on after a bad field; a check relating fields runs only when those were read.
class Problems {
public:
    void fail(std::string field, InputErrorCode code, Allowed allowed, std::string got = {});
    void add(InputError e);
    // Runs one read that throws Bad on failure and records the failure. True when the read succeeded.
    template <class Read> bool read(Read &&r)
    {
        try {
            r();
            return true;
        } catch (const Bad &b) {
            add(b.error);
            return false;
        }
    }
    bool empty() const { return m_list.empty(); }
    // Throws the first problem, if any (readers that stop at the first: batch rows).
    void throwFirst() const;
    std::vector<InputError> take() { return std::move(m_list); }

private:
    std::vector<InputError> m_list;
};

// A limit in the file's unit (the bounds checked) and as messages state it.
struct Limit {
    double lo, hi;
    Allowed allowed;
};

inline const Limit kIndex{kIndexLowest / 1e6, kIndexPlausible / 1e6,
                          Allowed::range({kIndexLowest / 10'000, 2},
                                         {kIndexPlausible / 100'000, 1})}; // case.h: kIndexLowest, kIndexPlausible
inline const Limit kBalance{0, 1e8, Allowed::range(Number::whole(0), Number::whole(100'000'000), AllowedUnit::Yuan)};
inline const Limit kGrade{static_cast<double>(law::kMinGrade) / kPpmOne, static_cast<double>(law::kMaxGrade) / kPpmOne,
                          Allowed::grade()};
inline const Limit kPensionBase{100, 100000,
                                Allowed::range(Number::whole(100), Number::whole(100'000), AllowedUnit::Yuan)};
inline const Limit kLocalItem{0, 100000,
                              Allowed::range(Number::whole(0), Number::whole(100'000), AllowedUnit::YuanMonthly)};
// record.indexedWage: W = base × index, at most the highest base × the plausible index.
inline const Limit kIndexedWage{0, 600000,
                                Allowed::range(Number::whole(0), Number::whole(600'000), AllowedUnit::YuanMonthly)};
// 广东 N: Σ monthly actual indices 1994-01..1998-06, at most 54 months × the plausible index 6.0.
inline const Limit kIndexSum{0, 324, Allowed::range(Number::whole(0), Number::whole(324))};
// 深圳 享受比例: a fraction of the old indexed wage.
inline const Limit kShare{0, 1, Allowed::range(Number::whole(0), Number::whole(1), AllowedUnit::Rate)};
inline const Limit kMonths{0, 720, Allowed::range(Number::whole(0), Number::whole(720), AllowedUnit::HalfMonths)};

YearMonth monthValue(const std::string &text, const std::string &field);
std::string regionValue(const std::string &text);
InsuranceKind kindValue(const std::string &s, const std::string &field);
Sex sexValue(const std::string &s, const std::string &field);
// A local item's id as packs and cases write it: 1–64 lower-case letters, digits and '-'.
bool isItemId(const std::string &id);
std::string trackValue(const std::string &s, const std::string &field);
Allowed tracks();

void checkPerson(const Case &c, Problems &p);
void checkInsurance(const Case &c, Problems &p);
void checkRecord(const Record &rec, bool hasIndex, bool hasBalance, Problems &p);
void checkTransitionMonths(const Record &rec, Problems &p);
void checkPeriod(const Case &c, std::size_t i, Problems &p);

// A number written as text (a batch column): the syntax, then the limit, like a JSON number.
std::int64_t decimalText(const std::string &text, const std::string &field, int scale, const Limit &limit);
HalfMonths halvesText(const std::string &text, const std::string &field);

} // namespace pension::caseio
