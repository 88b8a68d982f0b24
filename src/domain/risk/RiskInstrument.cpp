#include "domain/risk/RiskInstrument.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

#include <cmath>

namespace tf {

namespace {
// The item as the form names it, never by its key in the answers.
QString itemName(const RiskItem &item)
{
    return QStringLiteral("”%1”").arg(item.label);
}

QString optionKeys(const RiskItem &item)
{
    QStringList keys;
    for (const auto &option : item.options)
        keys << option.key;
    return keys.join(QStringLiteral(", "));
}

const RiskOption *optionFor(const RiskItem &item, const QString &key)
{
    for (const auto &option : item.options) {
        if (option.key == key)
            return &option;
    }
    return nullptr;
}

// The option whose grade equals the number. The number is compared, never
// converted: a double beyond the integers' range (1e300) cannot be cast to
// one without undefined behaviour.
const RiskOption *gradeFor(const RiskItem &item, double number)
{
    for (const auto &option : item.options) {
        bool ok = false;
        if (option.key.toDouble(&ok) == number && ok)
            return &option;
    }
    return nullptr;
}

// Reads one answer into values; returns a Swedish error, empty when valid.
QString readAnswer(const RiskItem &item, const QJsonValue &value, RiskValues *values)
{
    switch (item.kind) {
    case RiskItemKind::YesNo:
        if (!value.isBool())
            return QStringLiteral("Svaret på %1 ska vara true eller false.").arg(itemName(item));
        values->points.insert(item.key, value.toBool() ? item.yesPoints : 0);
        return {};
    case RiskItemKind::Choice: {
        const RiskOption *option = value.isString() ? optionFor(item, value.toString()) : nullptr;
        if (!option)
            return QStringLiteral("Svaret på %1 ska vara ett av: %2.")
                .arg(itemName(item), optionKeys(item));
        values->points.insert(item.key, option->points);
        return {};
    }
    case RiskItemKind::MultiChoice: {
        if (!value.isArray())
            return QStringLiteral("Svaret på %1 ska vara en lista med något av: %2 (tom lista "
                                  "om inget gäller).")
                .arg(itemName(item), optionKeys(item));
        int points = 0;
        QSet<QString> seen;
        for (const QJsonValue &entry : value.toArray()) {
            const RiskOption *option
                = entry.isString() ? optionFor(item, entry.toString()) : nullptr;
            if (!option)
                return QStringLiteral("Listan för %1 får bara innehålla: %2.")
                    .arg(itemName(item), optionKeys(item));
            if (seen.contains(option->key))
                return QStringLiteral("Listan för %1 har \"%2\" två gånger.")
                    .arg(itemName(item), option->key);
            seen.insert(option->key);
            points += option->points;
        }
        values->points.insert(item.key, points);
        return {};
    }
    case RiskItemKind::Grade: {
        const RiskOption *option = value.isDouble() ? gradeFor(item, value.toDouble()) : nullptr;
        if (!option)
            return QStringLiteral("Svaret på %1 ska vara ett av talen %2.")
                .arg(itemName(item), optionKeys(item));
        values->points.insert(item.key, option->points);
        return {};
    }
    case RiskItemKind::Number: {
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || !std::isfinite(number))
            return QStringLiteral("Svaret på %1 ska vara ett tal.").arg(itemName(item));
        if (number < item.minimum || number > item.maximum)
            return QStringLiteral("Svaret på %1 ska ligga mellan %2 och %3 %4.")
                .arg(itemName(item))
                .arg(item.minimum)
                .arg(item.maximum)
                .arg(item.unit)
                .trimmed();
        values->numbers.insert(item.key, number);
        return {};
    }
    }
    return {};
}
} // namespace

int RiskValues::sum() const
{
    int total = 0;
    for (int value : points)
        total += value;
    return total;
}

const RiskItem *RiskInstrument::item(const QString &itemKey) const
{
    for (const auto &candidate : items) {
        if (candidate.key == itemKey)
            return &candidate;
    }
    return nullptr;
}

QString RiskInstrument::levelLabel(const QString &levelKey) const
{
    for (const auto &level : levels) {
        if (level.key == levelKey)
            return level.label;
    }
    return levelKey;
}

const QList<const RiskInstrument *> &riskInstruments()
{
    static const QList<const RiskInstrument *> list = {
        &downtonInstrument(),
        &sklFallInstrument(),
        &modifiedNortonInstrument(),
        &mnaSfInstrument(),
        &skrNutritionInstrument(),
        &roagInstrument(),
    };
    return list;
}

const RiskInstrument *findRiskInstrument(const QString &key)
{
    for (const RiskInstrument *instrument : riskInstruments()) {
        if (instrument->key == key)
            return instrument;
    }
    return nullptr;
}

QString riskAnswerError(const RiskItem &item, const QJsonValue &value)
{
    RiskValues scratch;
    return readAnswer(item, value, &scratch);
}

RiskScoring scoreRisk(const RiskInstrument &instrument, const QJsonObject &answers)
{
    RiskScoring scoring;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!instrument.item(it.key())) {
            QStringList known;
            for (const auto &item : instrument.items)
                known << item.key;
            scoring.itemKey = it.key();
            scoring.error = QStringLiteral("Okänd fråga \"%1\" för %2. Frågorna är: %3.")
                                .arg(it.key(), instrument.name, known.join(QStringLiteral(", ")));
            return scoring;
        }
    }
    RiskValues values;
    for (const auto &item : instrument.items) {
        const QJsonValue value = answers.value(item.key);
        if (value.isUndefined() || value.isNull()) {
            if (item.optional)
                continue;
            scoring.itemKey = item.key;
            scoring.error = QStringLiteral("Svar saknas på %1.").arg(itemName(item));
            return scoring;
        }
        const QString error = readAnswer(item, value, &values);
        if (!error.isEmpty()) {
            scoring.itemKey = item.key;
            scoring.error = error;
            return scoring;
        }
    }
    QString error;
    if (!instrument.evaluate(values, &scoring.result, &error)) {
        scoring.error = error;
        return scoring;
    }
    scoring.ok = true;
    return scoring;
}

} // namespace tf
