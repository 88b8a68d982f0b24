#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tf {

// How an item is answered, and the JSON shape of its answer.
enum class RiskItemKind {
    YesNo, // JSON true/false
    Choice, // one option key (string)
    MultiChoice, // an array of option keys, each counted
    Grade, // an integer, one of the options' keys
    Number, // a measured number within [minimum, maximum]
};

struct RiskOption
{
    QString key; // the JSON value: a string, or the grade as text for Grade items
    int points = 0;
    QString label; // Swedish; a neutral label where the form text is unverified
};

struct RiskItem
{
    RiskItem() = default;
    RiskItem(const QString &itemKey, const QString &itemLabel, RiskItemKind itemKind)
        : key(itemKey)
        , label(itemLabel)
        , kind(itemKind)
    { }

    QString key;
    QString label; // Swedish
    RiskItemKind kind = RiskItemKind::YesNo;
    QList<RiskOption> options;
    int yesPoints = 0; // YesNo
    double minimum = 0;
    double maximum = 0;
    QString unit; // Number
    bool optional = false; // may be absent (ROAG teeth, MNA-SF BMI or calf)
    // The client's age in years on the assessment day, taken from the
    // personnummer or samordningsnummer when the assessment is saved and
    // never typed (RiskRoutine::addAssessment).
    bool ageFromPersonnummer = false;
};

struct RiskResult
{
    std::optional<int> score; // empty where the instrument has no total
    bool risk = false;
    QString level;
    std::optional<bool> referral; // ROAG: contact dental care or physician
};

// The validated answers: points per item, and the numbers measured.
struct RiskValues
{
    QHash<QString, int> points;
    QHash<QString, double> numbers;
    bool has(const QString &key) const { return points.contains(key) || numbers.contains(key); }
    int sum() const;
};

struct RiskLevel
{
    QString key;
    QString label; // Swedish
};

// One Senior Alert instrument, scored as published (see docs/architecture.md,
// Care). `evaluate` gets validated values and returns false with a Swedish
// message when answers contradict each other.
struct RiskInstrument
{
    QString key;
    QString name; // Swedish
    QString area; // Swedish: fall, trycksår, nutrition, munhälsa
    QString version; // stored with every assessment
    QString cutOff; // Swedish text of the cut-off shown with the result
    QString source;
    bool verbatimTexts = false; // false: some labels are neutral placeholders
    QList<RiskItem> items;
    QList<RiskLevel> levels;
    bool (*evaluate)(const RiskValues &values, RiskResult *result, QString *error) = nullptr;

    const RiskItem *item(const QString &itemKey) const;
    QString levelLabel(const QString &levelKey) const;
};

struct RiskScoring
{
    bool ok = false;
    RiskResult result;
    QString error; // Swedish, names the item
    QString itemKey; // the item the error is about, if any
};

// Every instrument, in the order the forms list them.
const QList<const RiskInstrument *> &riskInstruments();
const RiskInstrument *findRiskInstrument(const QString &key);

// Validates the answers against the instrument's items and scores them.
// Unknown keys, wrong types, missing required items and values out of range
// are errors naming the item.
RiskScoring scoreRisk(const RiskInstrument &instrument, const QJsonObject &answers);

// Checks one answer alone; a Swedish message naming the item, empty if valid.
QString riskAnswerError(const RiskItem &item, const QJsonValue &value);

// The instruments, one file each.
const RiskInstrument &downtonInstrument();
const RiskInstrument &sklFallInstrument();
const RiskInstrument &modifiedNortonInstrument();
const RiskInstrument &mnaSfInstrument();
const RiskInstrument &skrNutritionInstrument();
const RiskInstrument &roagInstrument();

} // namespace tf
