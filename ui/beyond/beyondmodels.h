#pragma once
// The tables of the Beyond tab, each a display of engine values (Lifetime, SurvivorAt, IncreaseYear, GoalAnswer,
// Shortfall): nothing here computes a pension or a benefit. The survivor and pension-path charts read the same
// models as their tables.

#include "goal.h"
#include "lifetime.h"
#include "survivor.h"

#include <QAbstractTableModel>

namespace pension::gui {

// Money columns give the amount in fen under FenRole (qlonglong) and in yuan under ValueRole (double, for charts).
inline constexpr int FenRole = Qt::UserRole + 2;
inline constexpr int ValueRole = Qt::UserRole + 1;

// What was paid and received by 70, 75, 80, 85, 90 and at life expectancy.
class LifetimeTotalsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Age, Paid, Received, Net, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setLifetime(const Lifetime &lifetime);
    void clear();
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<AgeTotal> m_totals;
    int m_lifeExpectancyTenths = 0;
};

// What the family receives by age at death.
class SurvivorModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Age,
        Month,
        State,
        FuneralGrant,
        SurvivorPension,
        PensionMonths,
        AccountRemainder,
        Total,
        Income,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setSurvivors(std::vector<SurvivorAt> survivors);
    const std::vector<SurvivorAt> &survivors() const { return m_rows; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<SurvivorAt> m_rows;
};

// The pension year by year after retirement with each year's increase (Lifetime::path).
class PensionPathModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Year, Age, Increase, State, Monthly, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    // `birthYear` labels each year with the age reached in it.
    void setPath(std::vector<IncreaseYear> path, int birthYear);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<IncreaseYear> m_path;
    int m_birthYear = 0;
};

// The lowest grade reaching a target, for each payment length.
class GoalModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Length, Grade, Monthly, Paid, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    // `asOf` and `retirement` name the length that pays until retirement.
    void setAnswer(const GoalAnswer &answer, YearMonth asOf, YearMonth retirement);
    void clear();
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<GoalRow> m_rows;
    YearMonth m_asOf, m_retirement;
};

// Paying on after the retirement age, at each standard grade, until the minimum is reached.
class ShortfallModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Grade, Months, Reached, Cost, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setOptions(std::vector<ShortfallOption> options);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<ShortfallOption> m_options;
};

} // namespace pension::gui
